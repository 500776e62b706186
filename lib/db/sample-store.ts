/**
 * SQL of the time-series tables (signal_samples, signal_latest) on the raw pool. Every function
 * takes tenantId and filters by it; callers are lib/ingest (writes) and lib/timeseries (reads).
 * Arrays travel as one array literal per column (UNNEST), which costs far less than one bind
 * parameter per value.
 */
import 'server-only';
import { pgPool } from './pg-pool';

export type StoredQuality = 'good' | 'uncertain' | 'bad';
export type StoredSource = 'demo' | 'live';

export interface SampleRow {
  signalId: string; // a UUID (callers check)
  ts: Date;
  value: number; // finite
  quality: StoredQuality;
}

/** `{a,b,c}` for elements that need no quoting (UUIDs, ISO timestamps, finite numbers, enum labels). */
const arrayLiteral = (items: readonly (string | number)[]) => `{${items.join(',')}}`;

const INSERT = `
  WITH input AS (
    SELECT * FROM unnest($2::uuid[], $3::timestamptz[], $4::float8[], $5::"SampleQuality"[])
      AS t(signal_id, ts, value, quality)
  ), inserted AS (
    INSERT INTO signal_samples (tenant_id, signal_id, ts, value, quality)
    SELECT $1::uuid, signal_id, ts, value, quality FROM input
    ON CONFLICT DO NOTHING
    RETURNING signal_id, ts, value, quality
  ), newest AS (
    SELECT DISTINCT ON (signal_id) signal_id, ts, value, quality FROM inserted ORDER BY signal_id, ts DESC
  ), latest AS (
    INSERT INTO signal_latest (tenant_id, signal_id, ts, value, quality, source, received_at)
    SELECT $1::uuid, signal_id, ts, value, quality, $6::"SampleSource", now() FROM newest
    ON CONFLICT (tenant_id, signal_id) DO UPDATE
      SET ts = EXCLUDED.ts, value = EXCLUDED.value, quality = EXCLUDED.quality,
          source = EXCLUDED.source, received_at = EXCLUDED.received_at
      WHERE signal_latest.ts < EXCLUDED.ts
  )
  SELECT count(*)::int AS inserted FROM inserted`;

/**
 * Stores rows that are not there yet (same tenant, signal and ts = duplicate, skipped) and moves
 * each signal's latest value forward when a stored row is newer than it. Returns how many rows
 * were new. The partitions for the rows' months must exist (sample-partitions.ts).
 */
export async function insertSampleRows(tenantId: string, rows: readonly SampleRow[], source: StoredSource) {
  if (rows.length === 0) return 0;
  const { rows: result } = await pgPool().query<{ inserted: number }>(INSERT, [
    tenantId,
    arrayLiteral(rows.map((r) => r.signalId)),
    arrayLiteral(rows.map((r) => r.ts.toISOString())),
    arrayLiteral(rows.map((r) => r.value)),
    arrayLiteral(rows.map((r) => r.quality)),
    source,
  ]);
  return result[0]!.inserted;
}

/** The ids among signalIds (UUIDs) that are signals of the tenant. */
export async function existingSignalIds(tenantId: string, signalIds: readonly string[]): Promise<Set<string>> {
  if (signalIds.length === 0) return new Set();
  const { rows } = await pgPool().query<{ id: string }>(
    'SELECT id FROM signals WHERE tenant_id = $1 AND id = ANY($2::uuid[])',
    [tenantId, arrayLiteral(signalIds)],
  );
  return new Set(rows.map((r) => r.id));
}

export interface BucketRow {
  t: Date;
  min: number;
  max: number;
  avg: number;
  last: number;
  count: number;
}

/**
 * The downsampling query: samples of one signal in [from, to) grouped into buckets of
 * bucketSeconds aligned to 2000-01-01T00:00Z; buckets without samples are absent.
 */
export const BUCKETS_SQL = `
  SELECT date_bin(make_interval(secs => $4), ts, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS t,
         min(value) AS min, max(value) AS max, avg(value) AS avg,
         (array_agg(value ORDER BY ts DESC))[1] AS last, count(*)::int AS count
  FROM signal_samples
  WHERE tenant_id = $1 AND signal_id = $2 AND ts >= $3 AND ts < $5
  GROUP BY 1 ORDER BY 1`;

export async function readBuckets(
  tenantId: string,
  signalId: string,
  from: Date,
  to: Date,
  bucketSeconds: number,
): Promise<BucketRow[]> {
  const { rows } = await pgPool().query<BucketRow>(BUCKETS_SQL, [
    tenantId,
    signalId,
    from.toISOString(),
    bucketSeconds,
    to.toISOString(),
  ]);
  return rows;
}

/** Raw samples of one signal in [from, to), oldest first, at most `limit`. */
export async function readRawSamples(tenantId: string, signalId: string, from: Date, to: Date, limit: number) {
  const { rows } = await pgPool().query<{ ts: Date; value: number; quality: StoredQuality }>(
    `SELECT ts, value, quality FROM signal_samples
     WHERE tenant_id = $1 AND signal_id = $2 AND ts >= $3 AND ts < $4 ORDER BY ts LIMIT $5`,
    [tenantId, signalId, from.toISOString(), to.toISOString(), limit],
  );
  return rows;
}

export interface LatestRow {
  signalId: string;
  ts: Date;
  value: number;
  quality: StoredQuality;
  source: StoredSource;
  receivedAt: Date;
}

/** signal_latest rows of the given signals (UUIDs) of the tenant. */
export async function readLatestRows(tenantId: string, signalIds: readonly string[]): Promise<LatestRow[]> {
  if (signalIds.length === 0) return [];
  const { rows } = await pgPool().query<LatestRow>(
    `SELECT signal_id AS "signalId", ts, value, quality, source, received_at AS "receivedAt"
     FROM signal_latest WHERE tenant_id = $1 AND signal_id = ANY($2::uuid[])`,
    [tenantId, arrayLiteral(signalIds)],
  );
  return rows;
}
