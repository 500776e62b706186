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
  externalTag?: string; // the source's tag (provenance, kept on signal_latest)
}

/** `{a,b,c}` for elements that need no quoting (UUIDs, ISO timestamps, finite numbers, enum labels). */
const arrayLiteral = (items: readonly (string | number)[]) => `{${items.join(',')}}`;

// Per row only small numbers travel: the signal as an index into the batch's distinct ids, the
// time as epoch milliseconds (JavaScript's precision), so the server parses no UUID or timestamp
// text per sample. The rows actually inserted (never duplicates) are added to their hours'
// rollups, exact because samples are only ever added; signal_latest gets the batch's newest
// sample per signal, computed here.
const INSERT = `
  WITH inserted AS (
    INSERT INTO signal_samples (tenant_id, signal_id, ts, value, quality)
    SELECT $1::uuid, ($2::uuid[])[s], TIMESTAMPTZ 'epoch' + ms * INTERVAL '1 millisecond', v, q
    FROM unnest($3::int[], $4::int8[], $5::float8[], $6::"SampleQuality"[]) AS t(s, ms, v, q)
    ON CONFLICT DO NOTHING
    RETURNING signal_id, ts, value
  ), hours AS (
    SELECT signal_id, date_bin(INTERVAL '1 hour', ts, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS hour,
           min(value) AS min, max(value) AS max, sum(value) AS sum, count(*)::int AS count,
           max(ts) AS last_ts, (array_agg(value ORDER BY ts DESC))[1] AS last_value
    FROM inserted GROUP BY 1, 2
  ), rollups AS (
    INSERT INTO signal_rollups_hourly AS r
      (tenant_id, signal_id, hour, min, max, sum, count, last_ts, last_value)
    SELECT $1::uuid, signal_id, hour, min, max, sum, count, last_ts, last_value FROM hours
    ON CONFLICT (tenant_id, signal_id, hour) DO UPDATE
      SET min = least(r.min, EXCLUDED.min), max = greatest(r.max, EXCLUDED.max),
          sum = r.sum + EXCLUDED.sum, count = r.count + EXCLUDED.count,
          last_ts = greatest(r.last_ts, EXCLUDED.last_ts),
          last_value = CASE WHEN EXCLUDED.last_ts > r.last_ts THEN EXCLUDED.last_value ELSE r.last_value END
  ), latest AS (
    INSERT INTO signal_latest
      (tenant_id, signal_id, ts, value, quality, source, received_at, integration_id, external_tag)
    SELECT $1::uuid, ($2::uuid[])[s], TIMESTAMPTZ 'epoch' + ms * INTERVAL '1 millisecond', v, q,
           $7::"SampleSource", now(), $12::uuid, tag
    FROM unnest($8::int[], $9::int8[], $10::float8[], $11::"SampleQuality"[], $13::text[]) AS t(s, ms, v, q, tag)
    ON CONFLICT (tenant_id, signal_id) DO UPDATE
      SET ts = EXCLUDED.ts, value = EXCLUDED.value, quality = EXCLUDED.quality,
          source = EXCLUDED.source, received_at = EXCLUDED.received_at,
          integration_id = EXCLUDED.integration_id, external_tag = EXCLUDED.external_tag
      WHERE signal_latest.ts < EXCLUDED.ts
  )
  SELECT count(*)::int AS inserted FROM inserted`;

/** Column arrays of rows, the signal as a 1-based index into `ids`. */
function columns(rows: readonly SampleRow[], index: Map<string, number>) {
  return [
    arrayLiteral(rows.map((r) => index.get(r.signalId)!)),
    arrayLiteral(rows.map((r) => r.ts.getTime())),
    arrayLiteral(rows.map((r) => r.value)),
    arrayLiteral(rows.map((r) => r.quality)),
  ];
}

/**
 * Stores rows that are not there yet (same tenant, signal and ts = duplicate, skipped: the first
 * stored value stays) and moves each signal's latest value forward when the batch has a newer
 * timestamp than it, with its provenance (`integrationId`, the row's `externalTag`; null = a
 * direct write). Returns how many rows were new. The partitions for the rows' months must exist
 * (sample-partitions.ts).
 *
 * Why the batch's newest row may stand for the stored newest: signal_latest is written only here,
 * in the same statement as the samples, so it is never older than a stored sample; a batch row
 * that is a duplicate therefore has ts <= latest.ts and the guard leaves latest alone. Among equal
 * timestamps in one batch the first row is the one stored, so it is the one kept here too.
 */
export async function insertSampleRows(
  tenantId: string,
  rows: readonly SampleRow[],
  source: StoredSource,
  integrationId: string | null = null,
) {
  if (rows.length === 0) return 0;
  const index = new Map<string, number>();
  const newest = new Map<string, SampleRow>();
  for (const r of rows) {
    if (!index.has(r.signalId)) index.set(r.signalId, index.size + 1);
    const seen = newest.get(r.signalId);
    if (!seen || r.ts.getTime() > seen.ts.getTime()) newest.set(r.signalId, r);
  }
  const { rows: result } = await pgPool().query<{ inserted: number }>(INSERT, [
    tenantId,
    arrayLiteral([...index.keys()]),
    ...columns(rows, index),
    source,
    ...columns([...newest.values()], index),
    integrationId,
    [...newest.values()].map((r) => r.externalTag ?? null), // text: a real array, quoted by pg
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

export interface SeriesRow {
  t: Date;
  min: number;
  max: number;
  avg: number;
  last: number;
  count: number;
}

const ORIGIN = "TIMESTAMPTZ '2000-01-01 00:00:00+00'";
const AT_OFFSET = "c.hour + u.o * INTERVAL '1 microsecond'";

/**
 * The samples ($1 tenant, $2 signal) in [lo, hi) as (ts, value): the raw rows and the compacted
 * hours' arrays unnested (sample-compaction.ts; a sample is in one of the two, never both), as one
 * derived table. `gate` is a condition without columns (PostgreSQL evaluates it once and skips
 * the branch when false).
 */
const samplesIn = (lo: string, hi: string, gate = 'true') => `(
    SELECT ts, value FROM signal_samples
    WHERE tenant_id = $1 AND signal_id = $2 AND ts >= ${lo} AND ts < ${hi} AND ${gate}
    UNION ALL
    SELECT ${AT_OFFSET}, u.v
    FROM signal_samples_compact c CROSS JOIN LATERAL unnest(c.offsets_us, c.sample_values) AS u(o, v)
    WHERE c.tenant_id = $1 AND c.signal_id = $2 AND c.hour > ${lo}::timestamptz - INTERVAL '1 hour' AND c.hour < ${hi}
      AND ${AT_OFFSET} >= ${lo} AND ${AT_OFFSET} < ${hi} AND ${gate}
  ) s`;

// How many samples [from, to) holds, counted up to targetPoints + 1 raw rows plus the compacted
// hours' counts (whole hours from their count column; only the two edge hours are opened). Every
// compact row holds at least one sample, so targetPoints + 3 rows are enough to exceed the target.
const PROBE = `probe AS (
    SELECT (SELECT count(*) FROM (SELECT 1 FROM signal_samples
              WHERE tenant_id = $1 AND signal_id = $2 AND ts >= $3 AND ts < $4 LIMIT $5::int + 1) p)
         + (SELECT coalesce(sum(k), 0) FROM (
              SELECT CASE WHEN c.hour >= $3 AND c.hour + INTERVAL '1 hour' <= $4 THEN c.count
                          ELSE (SELECT count(*) FROM unnest(c.offsets_us) AS u(o) WHERE ${AT_OFFSET} >= $3 AND ${AT_OFFSET} < $4)
                     END AS k
              FROM signal_samples_compact c
              WHERE c.tenant_id = $1 AND c.signal_id = $2 AND c.hour > $3::timestamptz - INTERVAL '1 hour' AND c.hour < $4
              LIMIT $5::int + 3) q) AS n
  )`;
const RAW_GATE = '(SELECT n FROM probe) <= $5::int';
const BUCKET_GATE = '(SELECT n FROM probe) > $5::int';
const RAW = `(SELECT ts AS t, value AS min, value AS max, value AS avg, value AS last, 1 AS count, true AS raw
   FROM ${samplesIn('$3', '$4', RAW_GATE)} ORDER BY ts)`;

/**
 * The read of one signal in [from, to), one statement: a probe counts at most targetPoints + 1
 * samples; when the range holds at most targetPoints samples they come back raw (count 1
 * each), otherwise grouped into buckets of $6 seconds aligned to 2000-01-01T00:00Z with
 * min/max/avg/last. Buckets without samples are absent. The branch not taken is skipped by
 * PostgreSQL (a one-time filter on the probe). Raw and compacted samples are read as one.
 */
export const SERIES_SQL = `
  WITH ${PROBE}
  ${RAW}
  UNION ALL
  (SELECT date_bin(make_interval(secs => $6), ts, ${ORIGIN}) AS t,
          min(value), max(value), avg(value), (array_agg(value ORDER BY ts DESC))[1], count(*)::int, false
   FROM ${samplesIn('$3', '$4', BUCKET_GATE)}
   GROUP BY 1 ORDER BY 1)`;

/**
 * The same for buckets that are whole hours: the full hours [$7, $8) come from
 * signal_rollups_hourly, the partial hours at the edges ([from, $7) and [$8, to)) from the samples,
 * and both are merged per bucket.
 */
export const SERIES_FROM_ROLLUPS_SQL = `
  WITH ${PROBE}, parts AS (
    SELECT date_bin(make_interval(secs => $6), ts, ${ORIGIN}) AS t, min(value) AS mn, max(value) AS mx,
           sum(value) AS sm, count(*) AS n, max(ts) AS lt, (array_agg(value ORDER BY ts DESC))[1] AS lv
    FROM (SELECT * FROM ${samplesIn('$3', '$7', BUCKET_GATE)} UNION ALL SELECT * FROM ${samplesIn('$8', '$4', BUCKET_GATE)}) e
    GROUP BY 1
    UNION ALL
    SELECT date_bin(make_interval(secs => $6), hour, ${ORIGIN}), min, max, sum, count, last_ts, last_value
    FROM signal_rollups_hourly
    WHERE tenant_id = $1 AND signal_id = $2 AND hour >= $7 AND hour < $8 AND ${BUCKET_GATE}
  )
  ${RAW}
  UNION ALL
  (SELECT t, min(mn), max(mx), sum(sm) / sum(n), (array_agg(lv ORDER BY lt DESC))[1], sum(n)::int, false
   FROM parts GROUP BY t ORDER BY t)`;

const HOUR_MS = 3_600_000;

/** Raw samples (bucketSeconds 0) or buckets of `bucketSeconds`, see SERIES_SQL. */
export async function readSeriesRows(
  tenantId: string,
  signalId: string,
  from: Date,
  to: Date,
  targetPoints: number,
  bucketSeconds: number,
): Promise<{ bucketSeconds: number; rows: SeriesRow[] }> {
  const params: unknown[] = [tenantId, signalId, from.toISOString(), to.toISOString(), targetPoints, bucketSeconds];
  let sql = SERIES_SQL;
  if (bucketSeconds % 3600 === 0) {
    // Whole hours inside [from, to); none (both at `from`) when the range holds no whole hour.
    let firstHour = Math.ceil(from.getTime() / HOUR_MS) * HOUR_MS;
    let endHour = Math.floor(to.getTime() / HOUR_MS) * HOUR_MS;
    if (firstHour >= endHour) firstHour = endHour = from.getTime();
    params.push(new Date(firstHour).toISOString(), new Date(endHour).toISOString());
    sql = SERIES_FROM_ROLLUPS_SQL;
  }
  const { rows } = await pgPool().query<SeriesRow & { raw: boolean }>(sql, params);
  const raw = rows.length === 0 || rows[0]!.raw;
  return { bucketSeconds: raw ? 0 : bucketSeconds, rows: rows.map(({ raw: _raw, ...row }) => row) };
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

/**
 * The newest `count` stored values of each given signal (UUIDs) of the tenant, newest first, in one
 * query. Reads the raw samples only: values younger than the compaction age are always raw.
 */
export async function readRecentValues(
  tenantId: string,
  signalIds: readonly string[],
  count: number,
): Promise<{ signalId: string; values: number[] }[]> {
  if (signalIds.length === 0) return [];
  const { rows } = await pgPool().query<{ signalId: string; values: number[] | null }>(
    `SELECT s.id AS "signalId", r.values
     FROM unnest($2::uuid[]) AS s(id)
     CROSS JOIN LATERAL (
       SELECT array_agg(value ORDER BY ts DESC) AS values
       FROM (SELECT ts, value FROM signal_samples
             WHERE tenant_id = $1 AND signal_id = s.id ORDER BY ts DESC LIMIT $3) newest
     ) r`,
    [tenantId, arrayLiteral(signalIds), count],
  );
  return rows.map((r) => ({ signalId: r.signalId, values: r.values ?? [] }));
}

/**
 * Recomputes signal_rollups_hourly from the samples (raw and compacted) for the whole hours of [from, to), all
 * tenants (repairs, and the benchmark, which writes samples with SQL). Returns the rows written.
 */
export async function rebuildHourlyRollups(from: Date, to: Date): Promise<number> {
  const client = await pgPool().connect();
  try {
    await client.query('BEGIN');
    await client.query('DELETE FROM signal_rollups_hourly WHERE hour >= $1 AND hour < $2', [
      from.toISOString(),
      to.toISOString(),
    ]);
    const { rowCount } = await client.query(
      `INSERT INTO signal_rollups_hourly (tenant_id, signal_id, hour, min, max, sum, count, last_ts, last_value)
       SELECT tenant_id, signal_id, date_bin(INTERVAL '1 hour', ts, ${ORIGIN}), min(value), max(value), sum(value),
              count(*)::int, max(ts), (array_agg(value ORDER BY ts DESC))[1]
       FROM (SELECT tenant_id, signal_id, ts, value FROM signal_samples WHERE ts >= $1 AND ts < $2
             UNION ALL
             SELECT c.tenant_id, c.signal_id, ${AT_OFFSET}, u.v
             FROM signal_samples_compact c CROSS JOIN LATERAL unnest(c.offsets_us, c.sample_values) AS u(o, v)
             WHERE c.hour > $1::timestamptz - INTERVAL '1 hour' AND c.hour < $2
               AND ${AT_OFFSET} >= $1 AND ${AT_OFFSET} < $2) s
       GROUP BY 1, 2, 3`,
      [from.toISOString(), to.toISOString()],
    );
    await client.query('COMMIT');
    return rowCount ?? 0;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
