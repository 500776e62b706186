/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the schema as
 * committed (git HEAD) to the working-tree prisma/schema.prisma. Needs DATABASE_URL (any server;
 * the engine only connects): npm run db:new-migration -- <name>
 * Review the file; the migration lint and the drift test check it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR, readMigrations } from '../lib/db/migrate';
import { diffDatamodels } from './lib/schema-engine';

function committedSchema(): string | null {
  if (readMigrations().length === 0) return null;
  try {
    return execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('usage: new-migration <snake_case_name>');
  const sql = await diffDatamodels({
    connectionString: process.env.DATABASE_URL!,
    from: committedSchema(),
    to: fs.readFileSync(path.join(process.cwd(), 'prisma', 'schema.prisma'), 'utf8'),
  });
  if (!sql) {
    console.log('schema.prisma matches the committed schema: nothing to write');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql + '\n');
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
