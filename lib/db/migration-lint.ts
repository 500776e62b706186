/**
 * Migration lint: migrations must be additive so a deploy never loses data and old code keeps
 * working during a rollout. Parses each migration.sql with the real PostgreSQL parser
 * (pgsql-parser) and flags destructive statements. Run by scripts/lint-migrations.ts in npm test.
 * NOT NULL rules only concern existing rows: tables created (and columns added) earlier in the
 * same file are exempt, so "add nullable, backfill, SET NOT NULL" in one migration passes.
 */
import path from 'node:path';
import { parse } from 'pgsql-parser';
import { MIGRATIONS_DIR, readMigrations } from './migrate';

type ParseResult = Awaited<ReturnType<typeof parse>>;
type Node = NonNullable<NonNullable<ParseResult['stmts']>[number]['stmt']>;
type ColumnDef = Extract<Node, { ColumnDef: unknown }>['ColumnDef'];
type RangeVar = Extract<Node, { RangeVar: unknown }>['RangeVar'];

export interface LintIssue {
  /** 0-based index of the statement in the file */
  statement: number;
  /** 1-based line where the statement starts */
  line: number;
  rule: string;
  message: string;
}

export interface MigrationLintIssue extends LintIssue {
  migration: string;
  file: string;
}

const SERIAL_TYPES = new Set(['smallserial', 'serial', 'bigserial', 'serial2', 'serial4', 'serial8']);

const tableKey = (r: RangeVar | undefined) => `${r?.schemaname ?? 'public'}.${r?.relname ?? '?'}`;
const quoted = (r: RangeVar | undefined) => `"${r?.relname ?? '?'}"`;

/** Printable name of a DROP target (tables: List, types: TypeName, schemas: String, functions: ObjectWithArgs). */
function objectName(node: Node): string {
  const strings = (nodes: Node[] | undefined) =>
    (nodes ?? []).map((n) => ('String' in n ? n.String.sval : '?')).join('.');
  if ('List' in node) return strings(node.List.items);
  if ('TypeName' in node) return strings(node.TypeName.names);
  if ('String' in node) return node.String.sval ?? '?';
  if ('ObjectWithArgs' in node) return strings(node.ObjectWithArgs.objname);
  return '?';
}

/** Kind of DROP → rule id, e.g. OBJECT_TABLE → drop-table, OBJECT_MATVIEW → drop-matview. */
const dropRule = (removeType: string) =>
  `drop-${removeType
    .replace(/^OBJECT_/, '')
    .toLowerCase()
    .replace(/_/g, '-')}`;

function addsNotNullWithoutDefault(def: ColumnDef): boolean {
  const types = (def.constraints ?? []).map((c) => ('Constraint' in c ? c.Constraint.contype : undefined));
  const notNull = types.includes('CONSTR_NOTNULL') || types.includes('CONSTR_PRIMARY');
  const typeName = def.typeName?.names?.map((n) => ('String' in n ? n.String.sval : '')).pop() ?? '';
  const filled =
    types.includes('CONSTR_DEFAULT') ||
    types.includes('CONSTR_IDENTITY') ||
    types.includes('CONSTR_GENERATED') ||
    SERIAL_TYPES.has(typeName.toLowerCase());
  return notNull && !filled;
}

/** Line of the first token of a statement (stmt_location may point at preceding comments). */
function lineOf(sql: Buffer, location: number): number {
  const rest = sql.subarray(location).toString('utf8');
  const skipped = /^(?:\s+|--[^\n]*|\/\*[\s\S]*?\*\/)*/.exec(rest)?.[0] ?? '';
  return sql.subarray(0, location).toString('utf8').split('\n').length + skipped.split('\n').length - 1;
}

export async function lintMigrationSql(sql: string): Promise<LintIssue[]> {
  const { stmts = [] } = await parse(sql);
  const bytes = Buffer.from(sql, 'utf8');
  const createdTables = new Set<string>();
  const addedColumns = new Set<string>();
  const issues: LintIssue[] = [];

  stmts.forEach((raw, statement) => {
    const line = lineOf(bytes, raw.stmt_location ?? 0);
    const flag = (rule: string, message: string) => issues.push({ statement, line, rule, message });
    const node = raw.stmt;
    if (!node) return;

    if ('CreateStmt' in node) {
      createdTables.add(tableKey(node.CreateStmt.relation));
    } else if ('DropStmt' in node) {
      const kind = node.DropStmt.removeType ?? 'OBJECT_UNKNOWN';
      const names = (node.DropStmt.objects ?? []).map(objectName).join(', ');
      if (kind !== 'OBJECT_INDEX')
        flag(
          dropRule(kind),
          `DROP ${kind.replace(/^OBJECT_/, '')} ${names} is destructive: the object and any data in it are lost`,
        );
    } else if ('TruncateStmt' in node) {
      flag('truncate', 'TRUNCATE deletes all rows');
    } else if ('RenameStmt' in node) {
      const r = node.RenameStmt;
      flag(
        'rename',
        `RENAME of ${r.renameType?.replace(/^OBJECT_/, '')} to "${r.newname}" breaks code still using the old name`,
      );
    } else if ('AlterEnumStmt' in node && node.AlterEnumStmt.oldVal) {
      flag('rename', `RENAME VALUE '${node.AlterEnumStmt.oldVal}' breaks code still using the old label`);
    } else if ('AlterTableStmt' in node) {
      const table = node.AlterTableStmt.relation;
      const newTable = createdTables.has(tableKey(table));
      for (const item of node.AlterTableStmt.cmds ?? []) {
        if (!('AlterTableCmd' in item)) continue;
        const cmd = item.AlterTableCmd;
        const column = `${quoted(table)}."${cmd.name}"`;
        switch (cmd.subtype) {
          case 'AT_DropColumn':
            flag('drop-column', `DROP COLUMN ${column} deletes its data`);
            break;
          case 'AT_AlterColumnType':
            flag('alter-column-type', `ALTER COLUMN ${column} TYPE rewrites the column and may fail or lose data`);
            break;
          case 'AT_SetNotNull':
            if (!newTable && !addedColumns.has(`${tableKey(table)}.${cmd.name}`)) {
              flag('set-not-null', `SET NOT NULL on existing column ${column} fails if any row is NULL`);
            }
            break;
          case 'AT_AddColumn': {
            const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
            if (!def) break;
            addedColumns.add(`${tableKey(table)}.${def.colname}`);
            if (!newTable && addsNotNullWithoutDefault(def)) {
              flag(
                'add-column-not-null-without-default',
                `ADD COLUMN ${quoted(table)}."${def.colname}" NOT NULL without DEFAULT fails on a non-empty table`,
              );
            }
            break;
          }
        }
      }
    }
  });
  return issues;
}

/** Lints every <dir>/<migration>/migration.sql (default prisma/migrations). */
export async function lintMigrations(dir = MIGRATIONS_DIR): Promise<MigrationLintIssue[]> {
  const all: MigrationLintIssue[] = [];
  for (const m of readMigrations(dir)) {
    const file = path.join(dir, m.name, 'migration.sql');
    let issues: LintIssue[];
    try {
      issues = await lintMigrationSql(m.sql);
    } catch (error) {
      const at = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition ?? 0;
      const line = Buffer.from(m.sql).subarray(0, at).toString('utf8').split('\n').length;
      issues = [{ statement: -1, line, rule: 'parse-error', message: (error as Error).message }];
    }
    all.push(...issues.map((i) => ({ ...i, migration: m.name, file })));
  }
  return all;
}
