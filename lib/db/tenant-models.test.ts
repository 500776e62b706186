// A tenant-owned model that is missing from TENANT_SCOPED_MODELS would be unreachable through
// tenantDb (or, worse, a later "fix" would add it unscoped). This pins the list to schema.prisma.
import fs from 'node:fs';
import path from 'node:path';
import { TENANT_SCOPED_MODELS } from './tenant-db';

interface ParsedModel {
  name: string;
  fields: string[];
  columns: string[];
}

/** Models with their field names and mapped column names, from the schema's text. */
function parseModels(schema: string): ParsedModel[] {
  const withoutComments = schema.replace(/\/\/.*$/gm, '');
  return [...withoutComments.matchAll(/^\s*model\s+(\w+)\s*\{([\s\S]*?)^\s*\}/gm)].map(([, name, body]) => {
    const fieldLines = body!
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^\w+\s+\S/.test(line));
    return {
      name: name!,
      fields: fieldLines.map((line) => line.split(/\s+/)[0]!),
      columns: fieldLines.flatMap((line) => [...line.matchAll(/@map\("([^"]+)"\)/g)].map((m) => m[1]!)),
    };
  });
}

const schema = fs.readFileSync(path.join(process.cwd(), 'prisma', 'schema.prisma'), 'utf8');
const models = parseModels(schema);
const tenantOwned = models
  .filter((m) => m.fields.includes('tenantId') || m.columns.includes('tenant_id'))
  .map((m) => m.name);
const listed = new Set<string>(TENANT_SCOPED_MODELS);

describe('TENANT_SCOPED_MODELS', () => {
  it('the parser sees the schema (so the comparison means something)', () => {
    expect(models.map((m) => m.name)).toEqual(expect.arrayContaining(['Tenant', 'User', 'SignInAttempt']));
    expect(models.find((m) => m.name === 'User')!.fields).toEqual(expect.arrayContaining(['tenantId', 'passwordHash']));
    expect(models.find((m) => m.name === 'Tenant')!.fields).not.toContain('tenantId');
  });

  it('the parser finds a tenant_id column however the field is named', () => {
    const parsed = parseModels(`
      model Asset {
        id    String @id
        owner String @map("tenant_id") @db.Uuid // tenant
      }
      // model Commented { tenantId String }
      model Site {
        id String @id
      }`);
    expect(parsed.map((m) => m.name)).toEqual(['Asset', 'Site']);
    expect(parsed[0]!.columns).toEqual(['tenant_id']);
  });

  it('lists every model that has tenantId / tenant_id', () => {
    expect(tenantOwned.length).toBeGreaterThan(0);
    const missing = tenantOwned.filter((name) => !listed.has(name));
    expect(missing).toEqual([]);
  });

  it('lists only models that have tenantId / tenant_id', () => {
    const extra = [...listed].filter((name) => !tenantOwned.includes(name));
    expect(extra).toEqual([]);
  });

  it('has no duplicates', () => {
    expect(new Set(TENANT_SCOPED_MODELS).size).toBe(TENANT_SCOPED_MODELS.length);
  });
});
