/**
 * Compaction of closed hours (TimescaleDB-style): the raw samples of an hour of one signal become
 * one row of signal_samples_compact (sorted arrays of microsecond offsets, values and quality
 * letters, TOAST-compressed), ~10–16 bytes per sample instead of ~168 (docs/scaling.md). Readers
 * (sample-store.ts) see both tables as one series; ingest and compaction are kept apart by
 * compaction-lock.ts. Run by the worker job worker/jobs/sample-compaction.ts.
 */
import 'server-only';
import type { Pool } from 'pg';
import { COMPACTION_MIN_AGE_MS, LOCK_EXCLUSIVE } from './compaction-lock';
import { pgPool } from './pg-pool';
import { attachedSamplePartitions, monthStart, partitionMonth } from './sample-partitions';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Signals per transaction; with one day per transaction this bounds a transaction to ~1M samples at 1 Hz. */
const SIGNALS_PER_TRANSACTION = 10;
const ORIGIN = "TIMESTAMPTZ '2000-01-01 00:00:00+00'";

/**
 * Moves the raw samples of one partition ($1 tenant, $2 signals, [$3, $4)) into their hours'
 * compact rows in one statement: DELETE … RETURNING yields exactly the rows it removed, so a
 * sample inserted meanwhile is either moved or stays raw, never lost. Hours compacted before
 * (late samples since) are merged with their existing row.
 */
const MOVE = (partition: string) => `
  WITH moved AS (
    DELETE FROM "${partition}"
    WHERE tenant_id = $1 AND signal_id = ANY($2::uuid[]) AND ts >= $3 AND ts < $4
    RETURNING signal_id, ts, value, quality
  ), touched AS (
    SELECT DISTINCT signal_id, date_bin(INTERVAL '1 hour', ts, ${ORIGIN}) AS hour FROM moved
  ), earlier AS (
    SELECT c.signal_id, c.hour + u.o * INTERVAL '1 microsecond' AS ts, u.v AS value,
           (CASE u.q WHEN 'u' THEN 'uncertain' WHEN 'b' THEN 'bad' ELSE 'good' END)::"SampleQuality" AS quality
    FROM touched t
    JOIN signal_samples_compact c ON c.tenant_id = $1 AND c.signal_id = t.signal_id AND c.hour = t.hour
    CROSS JOIN LATERAL unnest(c.offsets_us, c.sample_values, string_to_array(c.qualities, NULL)) AS u(o, v, q)
    -- the batch's bounds too, so the plan never reads the tenant's other compacted hours
    WHERE c.signal_id = ANY($2::uuid[]) AND c.hour >= date_bin(INTERVAL '1 hour', $3::timestamptz, ${ORIGIN})
      AND c.hour < $4
  ), merged AS (
    SELECT signal_id, ts, value, quality, date_bin(INTERVAL '1 hour', ts, ${ORIGIN}) AS hour
    FROM (SELECT * FROM moved UNION ALL SELECT * FROM earlier) m
  ), written AS (
    INSERT INTO signal_samples_compact AS c
      (tenant_id, signal_id, hour, count, offsets_us, sample_values, qualities)
    SELECT $1::uuid, signal_id, hour, count(*)::int,
           array_agg((EXTRACT(EPOCH FROM ts - hour) * 1000000)::int8 ORDER BY ts),
           array_agg(value ORDER BY ts),
           CASE WHEN bool_and(quality = 'good') THEN NULL
                ELSE string_agg(left(quality::text, 1), '' ORDER BY ts) END
    FROM merged GROUP BY signal_id, hour
    ON CONFLICT (tenant_id, signal_id, hour) DO UPDATE
      SET count = EXCLUDED.count, offsets_us = EXCLUDED.offsets_us,
          sample_values = EXCLUDED.sample_values, qualities = EXCLUDED.qualities
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM moved)::int AS samples, (SELECT count(*) FROM written)::int AS hours`;

export interface CompactionResult {
  /** the hour before which samples were compacted (after clamping, see compactSamplesBefore) */
  cutoff: Date;
  samples: number;
  hours: number;
  /** month partitions that were entirely compacted and emptied, then truncated */
  truncated: string[];
}

/**
 * Compacts every raw sample older than `before` (rounded down to the hour, and never later than
 * COMPACTION_MIN_AGE_MS before the database's clock), month partition by partition, oldest first;
 * one transaction per (partition, day, tenant, ≤ 10 signals) under the tenant's compaction lock.
 * A month entirely before the cutoff that is empty afterwards is truncated, which gives its heap
 * and index space back at once (DELETE alone leaves it to VACUUM for reuse). Idempotent: a second
 * run finds nothing raw before the cutoff and changes nothing. Throws only for database failures.
 */
export async function compactSamplesBefore(before: Date, pool: Pool = pgPool()): Promise<CompactionResult> {
  const { rows: clock } = await pool.query<{ now: Date }>('SELECT now() AS now');
  const latest = clock[0]!.now.getTime() - COMPACTION_MIN_AGE_MS;
  const cutoff = new Date(Math.floor(Math.min(before.getTime(), latest) / HOUR_MS) * HOUR_MS);
  const result: CompactionResult = { cutoff, samples: 0, hours: 0, truncated: [] };

  for (const partition of await attachedSamplePartitions(pool)) {
    const month = partitionMonth(partition);
    if (!month || month.getTime() >= cutoff.getTime()) continue;
    const end = Math.min(monthStart(month, 1).getTime(), cutoff.getTime());
    let moved = 0;
    for (const [tenantId, signalIds] of await signalsWithRawSamples(pool, partition, new Date(end))) {
      for (let i = 0; i < signalIds.length; i += SIGNALS_PER_TRANSACTION) {
        const batch = `{${signalIds.slice(i, i + SIGNALS_PER_TRANSACTION).join(',')}}`;
        for (let day = month.getTime(); day < end; day += DAY_MS) {
          const range = [new Date(day), new Date(Math.min(day + DAY_MS, end))];
          const { samples, hours } = await moveRange(pool, partition, tenantId, batch, range);
          moved += samples;
          result.samples += samples;
          result.hours += hours;
        }
      }
    }
    if (moved > 0 && end === monthStart(month, 1).getTime() && (await truncateIfEmpty(pool, partition))) {
      result.truncated.push(partition);
    }
  }
  return result;
}

/** Signals of each tenant (from `signals`, in id order) with raw samples in `partition` before `end`. */
async function signalsWithRawSamples(pool: Pool, partition: string, end: Date): Promise<Map<string, string[]>> {
  const { rows } = await pool.query<{ tenant_id: string; id: string }>(
    `SELECT s.tenant_id, s.id FROM signals s
     WHERE EXISTS (SELECT 1 FROM "${partition}" p WHERE p.tenant_id = s.tenant_id AND p.signal_id = s.id AND p.ts < $1)
     ORDER BY 1, 2`,
    [end.toISOString()],
  );
  const byTenant = new Map<string, string[]>();
  for (const r of rows) byTenant.set(r.tenant_id, [...(byTenant.get(r.tenant_id) ?? []), r.id]);
  return byTenant;
}

async function moveRange(pool: Pool, partition: string, tenantId: string, signals: string, [from, to]: Date[]) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(LOCK_EXCLUSIVE, [tenantId]);
    const { rows } = await client.query<{ samples: number; hours: number }>(MOVE(partition), [
      tenantId,
      signals,
      from!.toISOString(),
      to!.toISOString(),
    ]);
    await client.query('COMMIT');
    return rows[0]!;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * TRUNCATE of an emptied month partition (all tenants' rows are gone, so nothing is lost). The
 * emptiness check runs under the ACCESS EXCLUSIVE lock, so a late sample arriving meanwhile either
 * is seen (no truncate) or waits and lands in the truncated table. A lock not granted within 5 s
 * (long readers) skips it; the next run tries again.
 */
async function truncateIfEmpty(pool: Pool, partition: string): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SET LOCAL lock_timeout = '5s'");
    await client.query(`LOCK TABLE "${partition}" IN ACCESS EXCLUSIVE MODE`);
    const { rows } = await client.query<{ empty: boolean }>(
      `SELECT NOT EXISTS (SELECT 1 FROM "${partition}") AS empty`,
    );
    if (rows[0]!.empty) await client.query(`TRUNCATE "${partition}"`);
    await client.query('COMMIT');
    return rows[0]!.empty;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if ((error as { code?: string }).code === '55P03') return false; // lock_not_available
    throw error;
  } finally {
    client.release();
  }
}
