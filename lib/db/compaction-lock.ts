/**
 * The rule that keeps ingest and compaction (sample-compaction.ts) from losing or doubling a
 * sample. A sample is stored exactly once: raw in signal_samples, or inside its hour's row of
 * signal_samples_compact. Ingest's duplicate check is the raw table's primary key, which knows
 * nothing of compacted hours, so:
 * - compaction only ever touches samples older than COMPACTION_MIN_AGE_MS (database clock), and
 *   moves them in one statement (DELETE … RETURNING into the compact row), holding the tenant's
 *   compaction lock exclusively;
 * - ingest writes samples newer than INGEST_GUARD_AGE_MS (its own clock; the hour between the two
 *   absorbs clock skew) exactly as before, without any lock or extra read (the hot path);
 * - a batch with older samples takes the same lock shared, leaves out the samples its compacted
 *   hours already hold (they are duplicates), and inserts the rest before releasing the lock, so
 *   no compaction runs between the check and the insert. Those late rows stay raw until the next
 *   compaction merges them into their hour's row.
 */
import 'server-only';
import { Client } from 'pg';
import { pgPool } from './pg-pool';
import type { SampleRow } from './sample-store';

export const COMPACTION_MIN_AGE_MS = 24 * 3_600_000;
export const INGEST_GUARD_AGE_MS = COMPACTION_MIN_AGE_MS - 3_600_000;

/** The tenant's compaction lock ($1: tenant id), as SQL; two-key advisory locks of their own space. */
export const LOCK_EXCLUSIVE = `SELECT pg_advisory_xact_lock(hashtext('optria.samples.compact'), hashtext($1::text))`;
const LOCK_SHARED = `SELECT pg_advisory_lock_shared(hashtext('optria.samples.compact'), hashtext($1::text))`;

/** 1-based positions of the given samples that the tenant's compacted hours already hold. */
const ALREADY_COMPACTED = `
  WITH b AS (
    SELECT i, sig, TIMESTAMPTZ 'epoch' + ms * INTERVAL '1 millisecond' AS ts
    FROM unnest($2::uuid[], $3::int8[]) WITH ORDINALITY AS t(sig, ms, i)
  ), hours AS (
    SELECT DISTINCT sig, date_bin(INTERVAL '1 hour', ts, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS hour FROM b
  ), stored AS (
    SELECT c.signal_id, c.hour + o * INTERVAL '1 microsecond' AS ts
    FROM hours h
    JOIN signal_samples_compact c ON c.tenant_id = $1 AND c.signal_id = h.sig AND c.hour = h.hour
    CROSS JOIN LATERAL unnest(c.offsets_us) AS o
    -- the batch's bounds too, so the plan never reads the tenant's other compacted hours
    WHERE c.signal_id = ANY(ARRAY(SELECT DISTINCT sig FROM hours))
      AND c.hour >= (SELECT min(hour) FROM hours) AND c.hour <= (SELECT max(hour) FROM hours)
  )
  SELECT b.i::int AS i FROM b JOIN stored s ON s.signal_id = b.sig AND s.ts = b.ts`;

/**
 * Runs `insert` (which stores rows of `tenantId` and returns how many were new) so that it never
 * stores a sample that compaction already holds (see above). Rows all newer than
 * INGEST_GUARD_AGE_MS before `now` go straight to `insert`. Otherwise the tenant's compaction lock
 * is held, on a connection of its own (never one of the pool's, so a full pool cannot deadlock),
 * until `insert` returns; the rows already compacted are left out and count as not new.
 */
export async function insertOutsideCompacted<T extends SampleRow>(
  tenantId: string,
  rows: T[],
  insert: (rows: T[]) => Promise<number>,
  now = Date.now(),
): Promise<number> {
  const guardBefore = now - INGEST_GUARD_AGE_MS;
  const old = rows.filter((r) => r.ts.getTime() < guardBefore);
  if (old.length === 0) return insert(rows);

  const client = new Client({ connectionString: pgPool().options.connectionString });
  await client.connect();
  try {
    // Session lock: released when this connection ends, whatever happens.
    await client.query(LOCK_SHARED, [tenantId]);
    const { rows: hits } = await client.query<{ i: number }>(ALREADY_COMPACTED, [
      tenantId,
      `{${old.map((r) => r.signalId).join(',')}}`,
      `{${old.map((r) => r.ts.getTime()).join(',')}}`,
    ]);
    if (hits.length === 0) return await insert(rows);
    const compacted = new Set(hits.map((h) => old[h.i - 1]!));
    const rest = rows.filter((r) => !compacted.has(r));
    return rest.length === 0 ? 0 : await insert(rest);
  } finally {
    await client.end();
  }
}
