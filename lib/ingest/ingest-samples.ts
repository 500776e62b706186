/**
 * The only writer of signal_samples (and of signal_latest). Every batch is validated here; each
 * sample ends up in exactly one count of the result:
 *   received = inserted + duplicates + rejected.future + rejected.beforeMinimum
 *              + rejected.unknownSignal + rejected.invalid
 * Re-sending a batch inserts nothing (duplicate = same tenant, signal and timestamp; the first
 * stored value stays). Out-of-order and late samples are stored; signal_latest only moves to a
 * newer timestamp. Sources: the demo simulator, connectors.
 */
import 'server-only';
import { env } from '../env';
import { ensureSampleMonths, forgetEnsuredPartitions, monthStart } from '../db/sample-partitions';
import { existingSignalIds, insertSampleRows, type SampleRow } from '../db/sample-store';
import { insertOutsideCompacted } from '../db/compaction-lock';

export type SampleQuality = 'good' | 'uncertain' | 'bad';
export type SampleSource = 'demo' | 'live';
export interface SampleInput {
  signalId: string;
  ts: Date;
  value: number;
  quality?: SampleQuality; // default 'good'
  /** the source's own tag (provenance on signal_latest when this is the newest sample) */
  externalTag?: string;
}
export interface IngestResult {
  received: number;
  inserted: number;
  duplicates: number;
  rejected: { future: number; beforeMinimum: number; unknownSignal: number; invalid: number };
}
export interface IngestOptions {
  source: SampleSource;
  /** the clock the future tolerance is measured from (default: now) */
  now?: Date;
  /** default INGEST_FUTURE_TOLERANCE_SECONDS (300) */
  futureToleranceSeconds?: number;
  /** the integration the batch came from (provenance on signal_latest; a UUID) */
  integrationId?: string;
}

/** Samples before this instant are refused (clock errors, epoch-0 timestamps). */
export const MINIMUM_SAMPLE_TIME = new Date('2000-01-01T00:00:00Z');
/** Rows per INSERT statement: bounds memory and statement time for very large batches. */
const ROWS_PER_STATEMENT = 20_000;
const QUALITIES = new Set<string>(['good', 'uncertain', 'bad']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// PostgreSQL check_violation: "no partition of relation found for row" (a partition was detached).
const NO_PARTITION = '23514';

/** The newest timestamp (ms) accepted at `now`: now + the future tolerance (default INGEST_FUTURE_TOLERANCE_SECONDS). */
export function latestAllowedTime(now: Date, futureToleranceSeconds?: number): number {
  return now.getTime() + 1000 * (futureToleranceSeconds ?? env().INGEST_FUTURE_TOLERANCE_SECONDS);
}

/**
 * Whether a sample's time, value and quality (default good) can be stored: 'invalid' (not a Date,
 * not a finite number, unknown quality), 'beforeMinimum' (before 2000), 'future' (after
 * `latestAllowed`, ms), else 'ok'. The signal is checked separately.
 */
export function sampleVerdict(
  s: { ts: Date; value: number; quality?: string } | null | undefined,
  latestAllowed: number,
): 'ok' | 'invalid' | 'beforeMinimum' | 'future' {
  const ms = s?.ts instanceof Date ? s.ts.getTime() : NaN;
  if (!Number.isFinite(ms) || typeof s?.value !== 'number' || !Number.isFinite(s.value)) return 'invalid';
  if (!QUALITIES.has(s.quality ?? 'good')) return 'invalid';
  if (ms < MINIMUM_SAMPLE_TIME.getTime()) return 'beforeMinimum';
  return ms > latestAllowed ? 'future' : 'ok';
}

/**
 * Stores the valid samples of `tenantId` and counts the rest.
 * Throws only for infrastructure failures (database down) and a tenantId that is not a UUID.
 */
export async function ingestSamples(
  tenantId: string,
  samples: SampleInput[],
  options: IngestOptions,
): Promise<IngestResult> {
  if (!UUID.test(tenantId)) throw new Error('ingestSamples: tenantId must be a UUID');
  if (options.integrationId !== undefined && !UUID.test(options.integrationId)) {
    throw new Error('ingestSamples: integrationId must be a UUID');
  }
  const result: IngestResult = {
    received: samples.length,
    inserted: 0,
    duplicates: 0,
    rejected: { future: 0, beforeMinimum: 0, unknownSignal: 0, invalid: 0 },
  };
  const latestAllowed = latestAllowedTime(options.now ?? new Date(), options.futureToleranceSeconds);

  const candidates: SampleRow[] = [];
  for (const s of samples) {
    const verdict = sampleVerdict(s, latestAllowed);
    const quality = s?.quality ?? 'good';
    if (verdict !== 'ok') {
      result.rejected[verdict]++;
    } else if (typeof s.signalId !== 'string' || !UUID.test(s.signalId)) {
      result.rejected.unknownSignal++;
    } else {
      const row: SampleRow = { signalId: s.signalId.toLowerCase(), ts: s.ts, value: s.value, quality };
      if (typeof s.externalTag === 'string') row.externalTag = s.externalTag;
      candidates.push(row);
    }
  }

  const known = await existingSignalIds(tenantId, [...new Set(candidates.map((c) => c.signalId))]);
  const rows = candidates.filter((c) => known.has(c.signalId));
  result.rejected.unknownSignal += candidates.length - rows.length;
  if (rows.length === 0) return result;

  const months = monthsOf(rows);
  await ensureSampleMonths(months);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    // Old samples may fall in compacted hours: see lib/db/compaction-lock.ts (recent ones pass straight through).
    result.inserted += await insertOutsideCompacted(tenantId, chunk, (fresh) =>
      insertWithPartitions(tenantId, fresh, options, months),
    );
  }
  result.duplicates = rows.length - result.inserted;
  return result;
}

/** One instant per distinct UTC month of the rows (what the partitions are cut by). */
function monthsOf(rows: SampleRow[]): Date[] {
  const months = new Map<number, Date>();
  for (const r of rows) {
    const m = monthStart(r.ts);
    months.set(m.getTime(), m);
  }
  return [...months.values()];
}

/** Inserts; if a partition vanished since this process cached it (retention), re-check once. */
async function insertWithPartitions(
  tenantId: string,
  rows: SampleRow[],
  { source, integrationId }: IngestOptions,
  months: Date[],
): Promise<number> {
  const integration = integrationId?.toLowerCase() ?? null;
  try {
    return await insertSampleRows(tenantId, rows, source, integration);
  } catch (error) {
    if ((error as { code?: string }).code !== NO_PARTITION) throw error;
    forgetEnsuredPartitions();
    await ensureSampleMonths(months);
    return insertSampleRows(tenantId, rows, source, integration);
  }
}
