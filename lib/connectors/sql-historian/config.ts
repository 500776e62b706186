/**
 * SQL historian (PostgreSQL) connector settings — zod only, no Node imports, so the browser forms
 * import them too. Error messages are message keys under `integrations.config.sqlHistorian.*`.
 *
 * Table and column names are identifiers, validated here and always double-quoted in the SQL
 * (quote-identifier.ts), never interpolated raw. Quoting keeps their case: a table created as
 * `CREATE TABLE readings` is `readings`, one created as `"Readings"` is `Readings`.
 */
import { z } from 'zod';

const KEY = 'integrations.config.sqlHistorian';

/**
 * One PostgreSQL identifier as written in the catalog: a letter or `_`, then letters, digits, `_`
 * or `$`; at most 63 characters (NAMEDATALEN − 1; longer names are truncated by the server).
 */
export const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_$]{0,62}$/u;

const identifier = (field: string) =>
  z
    .string({ error: `${KEY}.${field}` })
    .trim()
    .regex(IDENTIFIER, { error: `${KEY}.identifier` });

/** `table` or `schema.table`. */
const ZTableName = z
  .string({ error: `${KEY}.table` })
  .trim()
  .refine(
    (v) => {
      const parts = v.split('.');
      return parts.length <= 2 && parts.every((p) => IDENTIFIER.test(p));
    },
    { error: `${KEY}.tableName` },
  );

/** A host name (RFC 1123 labels) or an IP literal (IPv6 with or without brackets). */
const HOST = /^(\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:.]+|[A-Za-z0-9][A-Za-z0-9-]{0,62}(\.[A-Za-z0-9-]{1,63})*\.?)$/;
const ZHost = z
  .string({ error: `${KEY}.host` })
  .trim()
  .min(1, { error: `${KEY}.host` })
  .max(253, { error: `${KEY}.host` })
  .regex(HOST, { error: `${KEY}.host` });

/** Database and role names go to the server as connection parameters, never into SQL text. */
const connectionName = (field: string) =>
  z
    .string({ error: `${KEY}.${field}` })
    .trim()
    .min(1, { error: `${KEY}.${field}` })
    .max(63, { error: `${KEY}.${field}` })
    .regex(/^[^\p{Cc}\p{Cf}]+$/u, { error: `${KEY}.${field}` });

const int = (field: string, min: number, max: number) =>
  z
    .number({ error: `${KEY}.${field}` })
    .int({ error: `${KEY}.${field}` })
    .min(min, { error: `${KEY}.${field}` })
    .max(max, { error: `${KEY}.${field}` });

export const SQL_HISTORIAN_DEFAULTS = {
  port: 5432,
  ssl: false,
  pollIntervalSeconds: 10,
  batchSize: 5000,
  statementTimeoutMs: 10_000,
} as const;

/**
 * `{ host, port, database, user, ssl, table, tagColumn, timeColumn, valueColumn, qualityColumn?,
 *    pollIntervalSeconds, batchSize, statementTimeoutMs }`.
 * The time column is `timestamptz` or `timestamp` (read as UTC); the value column anything
 * castable to double precision; the quality column text (good/uncertain/bad), a number (OPC
 * quality: ≥ 192 good, ≥ 64 uncertain, else bad) or a boolean (true = good).
 */
export const ZSqlHistorianConfig = z.strictObject(
  {
    host: ZHost,
    port: int('port', 1, 65535).default(SQL_HISTORIAN_DEFAULTS.port),
    database: connectionName('database'),
    user: connectionName('user'),
    ssl: z.boolean({ error: `${KEY}.ssl` }).default(SQL_HISTORIAN_DEFAULTS.ssl),
    table: ZTableName,
    tagColumn: identifier('tagColumn'),
    timeColumn: identifier('timeColumn'),
    valueColumn: identifier('valueColumn'),
    qualityColumn: z.preprocess(
      (v) => (v === '' || v === null ? undefined : v),
      identifier('qualityColumn').optional(),
    ),
    pollIntervalSeconds: int('pollIntervalSeconds', 1, 3600).default(SQL_HISTORIAN_DEFAULTS.pollIntervalSeconds),
    batchSize: int('batchSize', 1, 50_000).default(SQL_HISTORIAN_DEFAULTS.batchSize),
    statementTimeoutMs: int('statementTimeoutMs', 100, 600_000).default(SQL_HISTORIAN_DEFAULTS.statementTimeoutMs),
  },
  { error: `${KEY}.unknownField` },
);
export type SqlHistorianConfig = z.infer<typeof ZSqlHistorianConfig>;

/** `{ password? }` — sealed at rest, write-only in the API. */
export const ZSqlHistorianSecrets = z.strictObject(
  {
    password: z
      .string({ error: `${KEY}.password` })
      .max(1024, { error: `${KEY}.password` })
      .optional(),
  },
  { error: `${KEY}.unknownField` },
);
export type SqlHistorianSecrets = z.infer<typeof ZSqlHistorianSecrets>;
