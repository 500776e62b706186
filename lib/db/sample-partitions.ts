/**
 * Partitions of signal_samples: one per UTC calendar month, named signal_samples_pYYYY_MM, bounds
 * [first of the month, first of the next). Ingest calls ensureSamplePartitions for each batch's
 * time range (cached per pool, so a batch in known months costs nothing); the worker job
 * worker/jobs/sample-partitions.ts creates the coming months ahead; detachSamplePartitionsBefore
 * takes old months out of the table for retention (docs/operations.md → "Time-series retention").
 */
import 'server-only';
import type { Pool } from 'pg';
import { pgPool } from './pg-pool';

export const SAMPLES_TABLE = 'signal_samples';
const NAME = /^signal_samples_p(\d{4})_(\d{2})$/;
// Serialises partition DDL between processes (ingest in the web tier, the worker's job).
const LOCK_KEY = 'optria.signal_samples.partitions';

const ensuredByPool = new WeakMap<Pool, Set<string>>();
const cacheOf = (pool: Pool) => {
  let set = ensuredByPool.get(pool);
  if (!set) ensuredByPool.set(pool, (set = new Set()));
  return set;
};

/** First instant (UTC) of the month containing d, plus `add` months. */
export function monthStart(d: Date, add = 0): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + add, 1));
}

/** signal_samples_p2026_12 for any instant in December 2026 (UTC). */
export function partitionName(d: Date): string {
  const m = monthStart(d);
  return `signal_samples_p${m.getUTCFullYear()}_${String(m.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The first instant of the month a partition named signal_samples_pYYYY_MM holds, or null for other names. */
export function partitionMonth(name: string): Date | null {
  const match = NAME.exec(name);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : null;
}

/** The month starts of every month that [from, to] touches (both ends inclusive). */
export function monthsCovering(from: Date, to: Date): Date[] {
  const months: Date[] = [];
  for (let m = monthStart(from); m.getTime() <= to.getTime(); m = monthStart(m, 1)) months.push(m);
  return months;
}

/** Names of the partitions currently attached to signal_samples. */
export async function attachedSamplePartitions(pool: Pool = pgPool()): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = $1::regclass ORDER BY 1`,
    [SAMPLES_TABLE],
  );
  return rows.map((r) => r.name);
}

/** Makes sure a partition exists for every month of [from, to]; returns the names it created. */
export function ensureSamplePartitions(from: Date, to: Date, pool: Pool = pgPool()): Promise<string[]> {
  return ensureSampleMonths(monthsCovering(from, to), pool);
}

/**
 * Makes sure a partition exists for the month of each given instant (ingest passes its samples'
 * timestamps, so a batch spanning years creates only the months it has samples in); returns the
 * names it created. Throws (pg error 42P07) if a month's table exists but is detached: a month
 * taken out for retention is not silently re-created.
 */
export async function ensureSampleMonths(instants: Iterable<Date>, pool: Pool = pgPool()): Promise<string[]> {
  const cache = cacheOf(pool);
  const byName = new Map<string, Date>();
  for (const d of instants) {
    const name = partitionName(d);
    if (!cache.has(name) && !byName.has(name)) byName.set(name, monthStart(d));
  }
  const wanted = [...byName.values()];
  if (wanted.length === 0) return [];
  const created: string[] = [];
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [LOCK_KEY]);
    const attached = new Set(
      (
        await client.query<{ name: string }>(
          `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
           WHERE i.inhparent = $1::regclass`,
          [SAMPLES_TABLE],
        )
      ).rows.map((r) => r.name),
    );
    for (const month of wanted) {
      const name = partitionName(month);
      if (!attached.has(name)) {
        // Names and bounds come from Date arithmetic above, never from input text.
        await client.query(
          `CREATE TABLE "${name}" PARTITION OF ${SAMPLES_TABLE}
           FOR VALUES FROM ('${month.toISOString()}') TO ('${monthStart(month, 1).toISOString()}')`,
        );
        created.push(name);
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  for (const month of wanted) cache.add(partitionName(month));
  return created;
}

/** Forgets what this process believes exists (after a detach, or an insert that found no partition). */
export function forgetEnsuredPartitions(pool: Pool = pgPool()) {
  ensuredByPool.delete(pool);
}

/**
 * Retention: detaches (CONCURRENTLY, without blocking ingest or reads) every partition whose
 * month ends on or before `before`, deletes those months' hourly rollups, moves those months'
 * compacted hours (sample-compaction.ts) into a table of their own, signal_samples_compact_pYYYY_MM,
 * and returns the names of the tables taken out. They keep their data until an operator archives
 * and drops them (docs/operations.md).
 */
export async function detachSamplePartitionsBefore(before: Date, pool: Pool = pgPool()): Promise<string[]> {
  const detached: string[] = [];
  for (const name of await attachedSamplePartitions(pool)) {
    const match = NAME.exec(name);
    if (!match) continue;
    const end = new Date(Date.UTC(Number(match[1]), Number(match[2]), 1));
    if (end.getTime() > before.getTime()) continue;
    await pool.query(`ALTER TABLE ${SAMPLES_TABLE} DETACH PARTITION "${name}" CONCURRENTLY`);
    // The month's hourly rollups go with it, so charts agree with the samples that remain.
    const start = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
    await pool.query('DELETE FROM signal_rollups_hourly WHERE hour >= $1 AND hour < $2', [
      start.toISOString(),
      end.toISOString(),
    ]);
    detached.push(name);
    if (await archiveCompactedMonth(pool, name.replace(SAMPLES_TABLE, COMPACT_TABLE), start, end)) {
      detached.push(name.replace(SAMPLES_TABLE, COMPACT_TABLE));
    }
  }
  forgetEnsuredPartitions(pool);
  return detached;
}

const COMPACT_TABLE = 'signal_samples_compact';

/** Moves the compact rows of [start, end) into `table` (created like signal_samples_compact); false if none. */
async function archiveCompactedMonth(pool: Pool, table: string, start: Date, end: Date): Promise<boolean> {
  const range = [start.toISOString(), end.toISOString()];
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ any: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${COMPACT_TABLE} WHERE hour >= $1 AND hour < $2) AS any`,
      range,
    );
    if (rows[0]!.any) {
      // The name comes from a partition name matched by NAME, never from input text.
      await client.query(`CREATE TABLE IF NOT EXISTS "${table}" (LIKE ${COMPACT_TABLE} INCLUDING ALL)`);
      await client.query(
        `WITH moved AS (DELETE FROM ${COMPACT_TABLE} WHERE hour >= $1 AND hour < $2 RETURNING *)
         INSERT INTO "${table}" SELECT * FROM moved`,
        range,
      );
    }
    await client.query('COMMIT');
    return rows[0]!.any;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Months created ahead of time by the worker, so ingest at a month's turn never waits on DDL. */
export const SAMPLE_PARTITION_MONTHS_AHEAD = 3;

/** The current month and the next SAMPLE_PARTITION_MONTHS_AHEAD; returns the names created. */
export function createSamplePartitionsAhead(now = new Date(), pool: Pool = pgPool()): Promise<string[]> {
  return ensureSamplePartitions(monthStart(now), monthStart(now, SAMPLE_PARTITION_MONTHS_AHEAD), pool);
}
