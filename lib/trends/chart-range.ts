/**
 * The time ranges of the asset page's trend charts, kept in the URL as `?range=` (1h … 1y).
 * Anything else in a hand-edited URL reads as the default, never as an error.
 */
export const RANGE_KEYS = ['1h', '6h', '1d', '7d', '30d', '1y'] as const;
export type RangeKey = (typeof RANGE_KEYS)[number];
export const DEFAULT_RANGE: RangeKey = '1d';

const HOUR = 3600;
export const RANGE_SECONDS: Record<RangeKey, number> = {
  '1h': HOUR,
  '6h': 6 * HOUR,
  '1d': 24 * HOUR,
  '7d': 7 * 24 * HOUR,
  '30d': 30 * 24 * HOUR,
  '1y': 365 * 24 * HOUR,
};

/** Ranges short enough to follow now: their window moves and their charts poll for new points. */
export const LIVE_RANGES: readonly RangeKey[] = ['1h', '6h'];

/** The range named by a search parameter value (first one if repeated); the default otherwise. */
export function parseRange(value: string | string[] | null | undefined): RangeKey {
  const first = Array.isArray(value) ? value[0] : value;
  return (RANGE_KEYS as readonly string[]).includes(first ?? '') ? (first as RangeKey) : DEFAULT_RANGE;
}

/**
 * `{ from, to }` of a range ending now. `to` is rounded up to the next `stepSeconds` (default 60) so
 * that charts opened within the same step ask the same question (one cached answer).
 */
export function rangeWindow(key: RangeKey, now: Date, stepSeconds = 60): { from: Date; to: Date } {
  const step = stepSeconds * 1000;
  const to = new Date(Math.ceil(now.getTime() / step) * step);
  return { from: new Date(to.getTime() - RANGE_SECONDS[key] * 1000), to };
}
