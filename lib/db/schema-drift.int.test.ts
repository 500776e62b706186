// Drift check: the committed migrations must build exactly the schema that schema.prisma describes
// (compared through pg_catalog, see describe-schema.ts); also pins the runner's bookkeeping.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createEmptyDatabase } from '../test/database';
import { describeSchema, type SchemaDescription } from './describe-schema';
import { MIGRATIONS_DIR, migrate, readMigrations } from './migrate';

jest.setTimeout(60_000);

/**
 * SQL for "empty database → schema.prisma" from Prisma's WASM schema engine. Its glue is ESM,
 * which Jest's CJS transform cannot import, so it runs in a tsx child process. The explicit exit
 * skips waiting ~10 s for the engine's idle pg pool to close.
 */
function prismaSchemaSql(connectionString: string): string {
  const script = `
    import fs from 'node:fs';
    import { diffDatamodels } from './scripts/lib/schema-engine';
    diffDatamodels({ connectionString: process.env.DRIFT_URL!, from: null, to: fs.readFileSync('prisma/schema.prisma', 'utf8') })
      .then((sql) => process.stdout.write(sql, () => process.exit(0)))
      .catch((error) => { console.error(error); process.exit(1); });`;
  return execFileSync(path.join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['--eval', script], {
    cwd: process.cwd(),
    env: { ...process.env, DRIFT_URL: connectionString },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * Tables whose migration partitions them by hand (schema.prisma cannot declare partitioning),
 * with their partition key. Everything else about them must still match schema.prisma.
 */
const PARTITIONED_BY_MIGRATION: Record<string, string> = { signal_samples: 'RANGE (ts)' };

/**
 * The migrated schema as schema.prisma describes it: the tables above become plain tables (kind,
 * partition key, and `ON ONLY` in their index definitions, which PostgreSQL prints for a
 * partitioned table's own index). Nothing else changes.
 */
function withoutHandPartitioning(schema: SchemaDescription): SchemaDescription {
  const tables = { ...schema.tables };
  for (const name of Object.keys(PARTITIONED_BY_MIGRATION)) {
    const t = tables[name]!;
    const indexes = Object.fromEntries(
      Object.entries(t.indexes).map(([k, def]) => [k, def.replace(` ON ONLY public.${name} `, ` ON public.${name} `)]),
    );
    tables[name] = { ...t, kind: 'table', partitioning: null, indexes };
  }
  return { ...schema, tables };
}

async function exec(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('schema drift', () => {
  let migrated: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let fromPrisma: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let firstRun: string[];

  beforeAll(async () => {
    [migrated, fromPrisma] = await Promise.all([createEmptyDatabase(), createEmptyDatabase()]);
    firstRun = await migrate(migrated.url);
    const sql = prismaSchemaSql(fromPrisma.url);
    expect(sql).toMatch(/CREATE TABLE/);
    await exec(fromPrisma.url, sql);
  });
  afterAll(async () => {
    await Promise.all([migrated?.drop(), fromPrisma?.drop()]);
  });

  it('applies every migration once and records it like prisma migrate deploy', async () => {
    const files = readMigrations(MIGRATIONS_DIR);
    expect(files.length).toBeGreaterThan(0);
    expect(firstRun).toEqual(files.map((f) => f.name));
    expect(await migrate(migrated.url)).toEqual([]);

    const client = new Client({ connectionString: migrated.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
    );
    await client.end();
    expect(rows).toEqual(
      files.map((f) => ({
        migration_name: f.name,
        checksum: crypto
          .createHash('sha256')
          .update(fs.readFileSync(path.join(MIGRATIONS_DIR, f.name, 'migration.sql')))
          .digest('hex'),
        finished_at: expect.any(Date),
        rolled_back_at: null,
        applied_steps_count: 1,
      })),
    );
  });

  it('migrations produce the same schema as schema.prisma', async () => {
    const [a, b] = await Promise.all([describeSchema(migrated.url), describeSchema(fromPrisma.url)]);
    expect(Object.keys(a.tables).length).toBeGreaterThan(0);
    expect(a.tables._prisma_migrations).toBeUndefined();
    expect(withoutHandPartitioning(a)).toEqual(b);
  });

  it('partitions exactly the tables the migrations partition by hand, by their key', async () => {
    const a = await describeSchema(migrated.url);
    const partitioned = Object.fromEntries(
      Object.entries(a.tables)
        .filter(([, t]) => t.kind === 'partitioned table')
        .map(([name, t]) => [name, t.partitioning]),
    );
    expect(partitioned).toEqual(PARTITIONED_BY_MIGRATION);
  });

  it('the comparison detects a difference', async () => {
    const [table] = Object.keys((await describeSchema(fromPrisma.url)).tables);
    await exec(fromPrisma.url, `ALTER TABLE "${table}" ADD COLUMN "drift_probe" TEXT`);
    try {
      const [a, b] = await Promise.all([describeSchema(migrated.url), describeSchema(fromPrisma.url)]);
      expect(b.tables[table!]!.columns.drift_probe).toBeDefined();
      expect(a).not.toEqual(b);
    } finally {
      await exec(fromPrisma.url, `ALTER TABLE "${table}" DROP COLUMN "drift_probe"`);
    }
  });
});
