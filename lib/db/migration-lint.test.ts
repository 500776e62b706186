// Each lint rule catches its destructive statement, safe DDL passes, and the repo's migrations pass.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintMigrationSql, lintMigrations } from './migration-lint';

const rules = async (sql: string) => (await lintMigrationSql(sql)).map((i) => i.rule);

describe('lintMigrationSql flags destructive statements', () => {
  it.each([
    ['drop-table', 'DROP TABLE "users";'],
    ['drop-table', 'DROP TABLE IF EXISTS a, b CASCADE;'],
    ['drop-column', 'ALTER TABLE "users" DROP COLUMN "email";'],
    ['drop-schema', 'DROP SCHEMA legacy CASCADE;'],
    ['drop-type', 'DROP TYPE "Role";'],
    ['drop-view', 'DROP VIEW active_users;'],
    ['drop-function', 'DROP FUNCTION set_updated_at();'],
    ['alter-column-type', 'ALTER TABLE "users" ALTER COLUMN "name" TYPE VARCHAR(50);'],
    ['alter-column-type', 'ALTER TABLE "users" ALTER COLUMN "name" SET DATA TYPE TEXT USING name::text;'],
    ['rename', 'ALTER TABLE "users" RENAME COLUMN "name" TO "full_name";'],
    ['rename', 'ALTER TABLE "users" RENAME TO "accounts";'],
    ['rename', `ALTER TYPE "Role" RENAME VALUE 'viewer' TO 'reader';`],
    ['truncate', 'TRUNCATE "audit_logs";'],
    ['add-column-not-null-without-default', 'ALTER TABLE "users" ADD COLUMN "phone" TEXT NOT NULL;'],
    ['add-column-not-null-without-default', 'ALTER TABLE "users" ADD COLUMN "code" TEXT PRIMARY KEY;'],
    ['set-not-null', 'ALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL;'],
  ])('%s: %s', async (rule, sql) => {
    expect(await rules(sql)).toEqual([rule]);
  });

  it('reports statement index and line, skipping safe statements and comments', async () => {
    const sql = 'CREATE TABLE "a" ("id" INT);\n\n-- DropColumn\nALTER TABLE "users" DROP COLUMN "email";\n';
    expect(await lintMigrationSql(sql)).toEqual([
      { statement: 1, line: 4, rule: 'drop-column', message: expect.stringContaining('"users"."email"') },
    ]);
  });

  it('checks every command of a multi-command ALTER TABLE', async () => {
    const sql = 'ALTER TABLE "users" ADD COLUMN "x" TEXT, DROP COLUMN "email", ALTER COLUMN "name" TYPE VARCHAR(9);';
    expect(await rules(sql)).toEqual(['drop-column', 'alter-column-type']);
  });

  it('rejects SQL that does not parse', async () => {
    await expect(lintMigrationSql('CREAT TABLE x ();')).rejects.toThrow(/syntax error/);
  });
});

describe('lintMigrationSql accepts additive statements', () => {
  it.each([
    [
      'CREATE TABLE',
      'CREATE TABLE "t" ("id" UUID NOT NULL, "n" INT NOT NULL, CONSTRAINT "t_pkey" PRIMARY KEY ("id"));',
    ],
    ['ADD COLUMN nullable', 'ALTER TABLE "users" ADD COLUMN "phone" TEXT;'],
    ['ADD COLUMN NOT NULL DEFAULT', `ALTER TABLE "users" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'ar';`],
    ['ADD COLUMN identity', 'ALTER TABLE "users" ADD COLUMN "seq" INT GENERATED ALWAYS AS IDENTITY NOT NULL;'],
    ['ADD COLUMN BIGSERIAL NOT NULL', 'ALTER TABLE "users" ADD COLUMN "seq" BIGSERIAL NOT NULL;'],
    ['CREATE INDEX', 'CREATE INDEX "users_name_idx" ON "users"("name");'],
    ['CREATE UNIQUE INDEX CONCURRENTLY', 'CREATE UNIQUE INDEX CONCURRENTLY "u" ON "users"("name");'],
    ['DROP INDEX', 'DROP INDEX "users_name_idx";'],
    ['ALTER TYPE ADD VALUE', `ALTER TYPE "Role" ADD VALUE 'auditor';`],
    [
      'ADD FOREIGN KEY',
      'ALTER TABLE "a" ADD CONSTRAINT "a_fk" FOREIGN KEY ("u") REFERENCES "users"("id") ON DELETE CASCADE;',
    ],
    [
      'CREATE FUNCTION',
      `CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$;`,
    ],
    ['CREATE TRIGGER', 'CREATE TRIGGER "t_touch" BEFORE UPDATE ON "users" FOR EACH ROW EXECUTE FUNCTION touch();'],
    [
      'NOT NULL on a table created in the same migration',
      'CREATE TABLE "t" ("id" INT); ALTER TABLE "t" ADD COLUMN "n" INT NOT NULL; ALTER TABLE "t" ALTER COLUMN "id" SET NOT NULL;',
    ],
    [
      'add nullable, backfill, SET NOT NULL',
      `ALTER TABLE "users" ADD COLUMN "tz" TEXT; UPDATE "users" SET "tz" = 'UTC'; ALTER TABLE "users" ALTER COLUMN "tz" SET NOT NULL;`,
    ],
  ])('%s', async (_name, sql) => {
    expect(await lintMigrationSql(sql)).toEqual([]);
  });
});

describe('lintMigrations', () => {
  it('passes every migration in prisma/migrations', async () => {
    expect(await lintMigrations()).toEqual([]);
  });

  it('names the migration file of each issue', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-migrations-'));
    try {
      fs.mkdirSync(path.join(dir, '20260101000000_ok'));
      fs.writeFileSync(path.join(dir, '20260101000000_ok', 'migration.sql'), 'CREATE TABLE "t" ("id" INT);\n');
      fs.mkdirSync(path.join(dir, '20260102000000_bad'));
      fs.writeFileSync(path.join(dir, '20260102000000_bad', 'migration.sql'), 'SELECT 1;\nDROP TABLE "t";\n');
      expect(await lintMigrations(dir)).toEqual([
        expect.objectContaining({
          migration: '20260102000000_bad',
          file: path.join(dir, '20260102000000_bad', 'migration.sql'),
          line: 2,
          rule: 'drop-table',
        }),
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
