/**
 * Deterministic description of the `public` schema read from pg_catalog, used to prove "no
 * drift" between the migrations and schema.prisma (the WASM schema engine cannot introspect
 * PostgreSQL 18). Compare two databases with a deep-equal of their descriptions.
 * Column order is ignored (later migrations append columns), and PG18's catalogued NOT NULL
 * constraints are left out (auto-named; `notNull` on the column carries the same fact).
 * Partitions are skipped (their parent is described, with its partition key); triggers, functions, policies and CHECK
 * constraints are not described, since hand-written SQL adds them and schema.prisma cannot
 * express them (each such constraint has an integration test of its own instead).
 */
import { Client } from 'pg';

export interface ColumnDescription {
  type: string;
  notNull: boolean;
  default: string | null;
  identity: string | null;
  generated: string | null;
}

export interface TableDescription {
  kind: 'table' | 'partitioned table';
  /** pg_get_partkeydef of a partitioned table, e.g. `RANGE (ts)`; null for a plain table */
  partitioning: string | null;
  columns: Record<string, ColumnDescription>;
  constraints: Record<string, { type: string; definition: string }>;
  indexes: Record<string, string>;
}

export interface SchemaDescription {
  tables: Record<string, TableDescription>;
  enums: Record<string, string[]>;
}

const TABLES = `
  SELECT c.oid, c.relname, c.relkind, pg_get_partkeydef(c.oid) AS partitioning FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    AND c.relname <> '_prisma_migrations'
  ORDER BY c.relname COLLATE "C"`;

const COLUMNS = `
  SELECT a.attrelid AS oid, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
         pg_get_expr(d.adbin, d.adrelid) AS default, a.attidentity, a.attgenerated
  FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY a.attname COLLATE "C"`;

const CONSTRAINTS = `
  SELECT conrelid AS oid, conname, contype, pg_get_constraintdef(oid) AS definition
  FROM pg_constraint WHERE conrelid = ANY($1::oid[]) AND contype NOT IN ('n', 'c')
  ORDER BY conname COLLATE "C"`;

const INDEXES = `
  SELECT i.indrelid AS oid, c.relname, pg_get_indexdef(i.indexrelid) AS definition
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  WHERE i.indrelid = ANY($1::oid[]) ORDER BY c.relname COLLATE "C"`;

const ENUMS = `
  SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
  WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY t.typname COLLATE "C"`;

const CONSTRAINT_TYPES: Record<string, string> = {
  p: 'primary key',
  f: 'foreign key',
  u: 'unique',
  c: 'check',
  x: 'exclusion',
  t: 'trigger',
};

export async function describeSchema(url: string): Promise<SchemaDescription> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query(TABLES)).rows;
    const oids = tables.map((t) => t.oid);
    const byOid = new Map<number, TableDescription>();
    const result: SchemaDescription = { tables: {}, enums: {} };
    for (const t of tables) {
      const table: TableDescription = {
        kind: t.relkind === 'p' ? 'partitioned table' : 'table',
        partitioning: t.partitioning ?? null,
        columns: {},
        constraints: {},
        indexes: {},
      };
      result.tables[t.relname] = table;
      byOid.set(t.oid, table);
    }
    for (const c of (await client.query(COLUMNS, [oids])).rows) {
      byOid.get(c.oid)!.columns[c.attname] = {
        type: c.type,
        notNull: c.attnotnull,
        default: c.default,
        identity: c.attidentity || null,
        generated: c.attgenerated || null,
      };
    }
    for (const c of (await client.query(CONSTRAINTS, [oids])).rows) {
      byOid.get(c.oid)!.constraints[c.conname] = {
        type: CONSTRAINT_TYPES[c.contype] ?? c.contype,
        definition: c.definition,
      };
    }
    for (const i of (await client.query(INDEXES, [oids])).rows) {
      byOid.get(i.oid)!.indexes[i.relname] = i.definition;
    }
    for (const e of (await client.query(ENUMS)).rows) result.enums[e.typname] = e.labels;
    return result;
  } finally {
    await client.end();
  }
}
