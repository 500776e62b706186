/**
 * The only SQL the historian connector sends, built from validated identifiers (config.ts) that are
 * always double-quoted here; values (cursor, limits) travel as bind parameters. Every statement is
 * a SELECT, run inside a READ ONLY transaction (historian-transaction.ts).
 */
import { IDENTIFIER, type SqlHistorianConfig } from './config';

/** `"name"` — refuses anything config.ts would refuse, so a raw string can never reach the SQL. */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a valid identifier: ${JSON.stringify(name)}`);
  return `"${name.replace(/"/g, '""')}"`;
}

/** `"schema"."table"` or `"table"`. */
export function quoteTable(table: string): string {
  const parts = table.split('.');
  if (parts.length > 2) throw new Error(`not a valid table name: ${JSON.stringify(table)}`);
  return parts.map(quoteIdentifier).join('.');
}

type Columns = Pick<SqlHistorianConfig, 'table' | 'tagColumn' | 'timeColumn' | 'valueColumn' | 'qualityColumn'>;

/**
 * Row shape of every read: `cursor_time` is the time column as text in UTC at full (µs)
 * precision — the cursor keeps it as text so no precision is lost through a JS Date; `ms` is epoch
 * milliseconds (a `timestamp` without zone counts as UTC); `quality` is text or null.
 */
export interface HistorianRow {
  cursor_time: string;
  cursor_tag: string;
  ms: number;
  value: number | null;
  quality: string | null;
}

function selectList(c: Columns) {
  const time = quoteIdentifier(c.timeColumn);
  const tag = quoteIdentifier(c.tagColumn);
  return [
    `${time}::text AS cursor_time`,
    `${tag}::text AS cursor_tag`,
    `(extract(epoch FROM ${time}) * 1000)::float8 AS ms`,
    `${quoteIdentifier(c.valueColumn)}::float8 AS value`,
    `${c.qualityColumn ? `${quoteIdentifier(c.qualityColumn)}::text` : 'NULL::text'} AS quality`,
  ].join(', ');
}

/**
 * The next batch after a cursor (or from the start): rows ordered by (time, tag), strictly after
 * the cursor, so a batch boundary never repeats or skips a row. Parameters: `[limit]` without a
 * cursor, `[time, tag, limit]` with one (the server types them as the columns' own types).
 */
export function batchQuery(c: Columns, afterCursor: boolean): string {
  const time = quoteIdentifier(c.timeColumn);
  const tag = quoteIdentifier(c.tagColumn);
  const where = [`${time} IS NOT NULL`, `${tag} IS NOT NULL`];
  if (afterCursor) where.push(`(${time}, ${tag}) > ($1, $2)`);
  return (
    `SELECT ${selectList(c)} FROM ${quoteTable(c.table)} WHERE ${where.join(' AND ')} ` +
    `ORDER BY ${time}, ${tag} LIMIT $${afterCursor ? 3 : 1}`
  );
}

/** Test connection: the configured columns of one row (proves table, columns and casts work). */
export function probeQuery(c: Columns): string {
  return `SELECT ${selectList(c)} FROM ${quoteTable(c.table)} LIMIT 1`;
}

/** Browse: distinct tags, in order, at most `$1`. */
export function distinctTagsQuery(c: Pick<Columns, 'table' | 'tagColumn'>): string {
  const tag = quoteIdentifier(c.tagColumn);
  return `SELECT DISTINCT ${tag}::text AS tag FROM ${quoteTable(c.table)} WHERE ${tag} IS NOT NULL ORDER BY 1 LIMIT $1`;
}
