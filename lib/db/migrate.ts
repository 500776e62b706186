/**
 * Offline migration runner, compatible with `prisma migrate deploy`: applies
 * prisma/migrations/<name>/migration.sql in name order, each in its own transaction, and records
 * it in `_prisma_migrations` exactly as Prisma does (so either tool can take over).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

export const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations');

const PRISMA_MIGRATIONS_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: crypto.createHash('sha256').update(bytes).digest('hex') };
    });
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** applied migrations whose file changed since (a sign someone edited history) */
  modified: string[];
}

async function appliedChecksums(client: Client): Promise<Map<string, string>> {
  const exists = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS ok`);
  if (!exists.rows[0].ok) return new Map();
  const res = await client.query(
    `SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Map(res.rows.map((r) => [r.migration_name as string, r.checksum as string]));
}

export async function migrationStatus(connectionString: string, dir = MIGRATIONS_DIR): Promise<MigrationStatus> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const done = await appliedChecksums(client);
    const files = readMigrations(dir);
    return {
      applied: files.filter((f) => done.has(f.name)).map((f) => f.name),
      pending: files.filter((f) => !done.has(f.name)).map((f) => f.name),
      modified: files.filter((f) => done.has(f.name) && done.get(f.name) !== f.checksum).map((f) => f.name),
    };
  } finally {
    await client.end();
  }
}

export async function migrate(connectionString: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = new Client({ connectionString });
  await client.connect();
  const appliedNow: string[] = [];
  try {
    // One runner at a time (web and worker may start together).
    await client.query(`SELECT pg_advisory_lock(72707369)`);
    await client.query(PRISMA_MIGRATIONS_DDL);
    const done = await appliedChecksums(client);
    for (const file of readMigrations(dir)) {
      if (done.has(file.name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(file.sql);
        await client.query(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, NULL, NULL, now(), 1)`,
          [crypto.randomUUID(), file.checksum, file.name],
        );
        await client.query('COMMIT');
        appliedNow.push(file.name);
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${file.name} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await client.query(`SELECT pg_advisory_unlock(72707369)`).catch(() => undefined);
    await client.end();
  }
  return appliedNow;
}
