/**
 * Reads of one signal's history for charts: raw samples when the range holds few of them,
 * otherwise one downsampling query (lib/db/sample-store.ts → BUCKETS_SQL) with min/max/avg/last
 * per bucket. Buckets without samples are absent: gaps stay gaps, nothing is interpolated.
 */
import 'server-only';
import { readBuckets, readRawSamples } from '../db/sample-store';
import { DEFAULT_TARGET_POINTS, MAX_TARGET_POINTS } from './series-limits';

export interface SeriesPoint {
  t: Date;
  min: number;
  max: number;
  avg: number;
  last: number;
  count: number;
}
export interface SeriesRange {
  from: Date;
  to: Date;
  targetPoints?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export { DEFAULT_TARGET_POINTS, MAX_TARGET_POINTS };
/** Bucket sizes a reader can name (1 s … 1 week); the smallest that fits the target is used. */
export const BUCKET_SECONDS = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 604_800,
] as const;

/** Smallest readable bucket giving at most targetPoints buckets over [from, to) (1 week at most). */
export function chooseBucketSeconds(from: Date, to: Date, targetPoints: number): number {
  const seconds = (to.getTime() - from.getTime()) / 1000;
  return BUCKET_SECONDS.find((b) => Math.ceil(seconds / b) <= targetPoints) ?? BUCKET_SECONDS.at(-1)!;
}

/**
 * Samples of the tenant's signal in [from, to). `bucketSeconds` 0 means raw samples (each point
 * has count 1 and min = max = avg = last). targetPoints defaults to 1000, at most 10 000.
 * A signal of another tenant, or an unknown one, reads as empty (callers check the signal first).
 * Throws RangeError if from >= to or targetPoints is not a positive integer.
 */
export async function readSeries(
  tenantId: string,
  signalId: string,
  range: SeriesRange,
): Promise<{ bucketSeconds: number; points: SeriesPoint[] }> {
  const { from, to } = range;
  const target = range.targetPoints ?? DEFAULT_TARGET_POINTS;
  if (!(from.getTime() < to.getTime())) throw new RangeError('readSeries: from must be before to');
  if (!Number.isInteger(target) || target < 1 || target > MAX_TARGET_POINTS)
    throw new RangeError(`readSeries: targetPoints must be an integer in 1..${MAX_TARGET_POINTS}`);

  if (!UUID.test(signalId)) return { bucketSeconds: 0, points: [] };
  // A bounded probe: at most target + 1 index entries, so the large case pays almost nothing.
  const raw = await readRawSamples(tenantId, signalId, from, to, target + 1);
  if (raw.length <= target) {
    return {
      bucketSeconds: 0,
      points: raw.map((r) => ({ t: r.ts, min: r.value, max: r.value, avg: r.value, last: r.value, count: 1 })),
    };
  }
  const bucketSeconds = chooseBucketSeconds(from, to, target);
  return { bucketSeconds, points: await readBuckets(tenantId, signalId, from, to, bucketSeconds) };
}
