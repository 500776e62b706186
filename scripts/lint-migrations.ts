/**
 * npm test gate: fails when a migration contains a destructive statement (see
 * lib/db/migration-lint.ts). Usage: tsx scripts/lint-migrations.ts [migrations-dir]
 */
import path from 'node:path';
import { lintMigrations } from '../lib/db/migration-lint';
import { MIGRATIONS_DIR, readMigrations } from '../lib/db/migrate';

async function main() {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : MIGRATIONS_DIR;
  const issues = await lintMigrations(dir);
  for (const i of issues) {
    console.error(`${path.relative(process.cwd(), i.file)}:${i.line} [${i.rule}] ${i.message}`);
  }
  if (issues.length > 0) {
    console.error(
      `\nmigration lint: ${issues.length} issue(s). Migrations must be additive (rules: lib/db/migration-lint.ts).`,
    );
    process.exit(1);
  }
  console.log(`migration lint: ${readMigrations(dir).length} migration(s) OK`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
