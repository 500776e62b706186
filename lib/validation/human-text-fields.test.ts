/**
 * Every name/label/title field a person types refuses invisible characters (zName), including
 * fields that later issues add. Two checks keep that true without a hand-kept list:
 * 1. every zod schema exported by a schema module (`lib/**\/schemas.ts`, `*-schemas.ts`, `*-schema.ts`)
 *    is walked, and each name-like field must refuse U+202E with `validation.invisibleCharacters`;
 * 2. no other source file declares a name-like field with an inline zod schema (such a field would
 *    escape check 1), so input schemas stay in schema modules, shared by the API and the forms.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { INVISIBLE_CHARACTERS } from './human-text';

const ROOT = process.cwd();
const SOURCE_DIRS = ['app', 'lib', 'components', 'worker'];
const SCHEMA_MODULE = /(^|[/-])schemas?\.ts$/;
const TEST_FILE = /\.test\.tsx?$/;
/** `name`, `label`, `title`, and camelCase keys ending in them (`displayName`, `assetName`, `fileName`). */
const NAME_LIKE_KEY = /^(name|label|title)$|(Name|Label|Title)$/;

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !TEST_FILE.test(entry.name) ? [rel] : [];
  });
}

const allSources = SOURCE_DIRS.flatMap(sourceFiles);
const schemaModules = allSources.filter((f) => f.startsWith('lib/') && SCHEMA_MODULE.test(f));

interface NameField {
  where: string;
  schema: z.ZodType;
}

/** Finds name-like object fields anywhere inside a schema (through optional, pipes, unions, arrays…). */
function nameFields(schema: z.ZodType, where: string, seen = new Set<z.ZodType>()): NameField[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const inner = (s: unknown, suffix = '') => nameFields(s as z.ZodType, where + suffix, seen);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([key, field]) => [
        ...(NAME_LIKE_KEY.test(key) ? [{ where: `${where}.${key}`, schema: field }] : []),
        ...inner(field, `.${key}`),
      ]);
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return inner(def.innerType);
    case 'pipe':
      return [...inner(def.in), ...inner(def.out)];
    case 'union':
      return (def.options as z.ZodType[]).flatMap((o) => inner(o));
    case 'intersection':
      return [...inner(def.left), ...inner(def.right)];
    case 'array':
      return inner(def.element, '[]');
    case 'record':
      return inner(def.valueType, '{}');
    case 'tuple':
      return (def.items as z.ZodType[]).flatMap((item, i) => inner(item, `[${i}]`));
    case 'lazy':
      return inner((def.getter as () => z.ZodType)());
    default:
      return [];
  }
}

async function allNameFields(): Promise<NameField[]> {
  const fields: NameField[] = [];
  for (const file of schemaModules) {
    const exports = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(exports)) {
      if (value instanceof z.ZodType) fields.push(...nameFields(value, `${file}:${exported}`));
    }
  }
  // A schema exported twice (or reused inside another) is one field to check.
  return [...new Map(fields.map((f) => [f.where, f])).values()];
}

describe('name fields refuse invisible characters', () => {
  it('finds the schema modules and the name fields known today (the walk is not empty)', async () => {
    expect(schemaModules).toEqual(
      expect.arrayContaining(['lib/users/schemas.ts', 'lib/tenants/tenant-schemas.ts', 'lib/api-keys/schemas.ts']),
    );
    const where = (await allNameFields()).map((f) => f.where);
    expect(where).toEqual(
      expect.arrayContaining([
        'lib/users/schemas.ts:ZCreateTenantUser.name',
        'lib/users/schemas.ts:ZUpdateTenantUser.name',
        'lib/tenants/tenant-schemas.ts:ZCreateTenant.name',
        'lib/tenants/tenant-schemas.ts:ZCreateTenant.admin.name',
        'lib/tenants/tenant-schemas.ts:ZUpdateTenant.name',
        'lib/api-keys/schemas.ts:ZCreateApiKey.name',
      ]),
    );
  });

  it('every name-like field of every exported schema refuses U+202E with the localized key', async () => {
    const spoofed = 'Nour\u202Eah';
    const accepting = (await allNameFields())
      .filter(({ schema }) => {
        const issues = schema.safeParse(spoofed).error?.issues ?? [];
        return !issues.some((i) => i.message === INVISIBLE_CHARACTERS);
      })
      .map((f) => f.where);
    // A field listed here needs zName() from lib/validation/human-text.ts.
    expect(accepting).toEqual([]);
  });

  // Files whose name-like fields nobody types, each with the reason.
  const NOT_HUMAN_ENTERED: Record<string, string> = {
    'lib/http/problem-shape.ts': 'the RFC 9457 `title` of an error our own server wrote',
  };

  it('no name-like field is declared with an inline zod schema outside a schema module', () => {
    const inline = /(?:^|[\s{,])((?:name|label|title)|\w+(?:Name|Label|Title))\s*:\s*z\s*\./m;
    const offenders = allSources
      .filter((f) => !SCHEMA_MODULE.test(f) && !(f in NOT_HUMAN_ENTERED))
      .filter((f) => inline.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    // Move the schema into lib/<domain>/schemas.ts and build the field with zName().
    expect(offenders).toEqual([]);
  });
});
