/**
 * A signal's connectivity (`is_data_connected`, docs/integrations.md → "Connectivity"), derived,
 * never typed in, from its newest sample (lib/timeseries/latest-values.ts) and its mappings:
 *   live  — a real source (any integration but the demo replay) delivered within the signal's
 *           staleness window;
 *   demo  — only the demo replay delivered within it;
 *   stale — mapped to a real source (or once had data) but silent past the window;
 *   none  — nothing mapped and no data.
 */
export type Connectivity = 'live' | 'demo' | 'stale' | 'none';

/** Expected intervals a sample may be late before the signal reads stale. */
export const STALE_AFTER_INTERVALS = 3;
/** Floor of the stale age, so fast signals are not called stale by one slow batch. */
export const STALE_AFTER_MIN_SECONDS = 60;
/** Interval assumed for a signal that does not state one. */
export const DEFAULT_SAMPLE_INTERVAL_SECONDS = 60;

/**
 * The age in seconds after which a signal's newest sample is stale:
 * max(60, 3 × sampleIntervalSeconds (default 60)).
 */
export function staleAfterSeconds(sampleIntervalSeconds: number | null | undefined): number {
  const interval =
    sampleIntervalSeconds && sampleIntervalSeconds > 0 ? sampleIntervalSeconds : DEFAULT_SAMPLE_INTERVAL_SECONDS;
  return Math.max(STALE_AFTER_MIN_SECONDS, STALE_AFTER_INTERVALS * interval);
}

/**
 * Connectivity from the newest sample's time and source, and whether the signal is mapped to an
 * enabled real-source integration (`mapped`). A sample stamped in the future (clock skew within
 * ingest's tolerance) counts as fresh.
 */
export function connectivityOf(
  latest: { ts: Date | string; source: 'demo' | 'live' } | null | undefined,
  sampleIntervalSeconds: number | null | undefined,
  now: Date,
  mapped = false,
): Connectivity {
  if (!latest) return mapped ? 'stale' : 'none';
  const ageSeconds = (now.getTime() - new Date(latest.ts).getTime()) / 1000;
  if (!(ageSeconds <= staleAfterSeconds(sampleIntervalSeconds))) return 'stale';
  return latest.source;
}

const RANK: Record<Connectivity, number> = { live: 3, demo: 2, stale: 1, none: 0 };

/** An asset's connectivity: the best of its signals' (live > demo > stale > none); none without signals. */
export function bestConnectivity(list: Iterable<Connectivity>): Connectivity {
  let best: Connectivity = 'none';
  for (const c of list) if (RANK[c] > RANK[best]) best = c;
  return best;
}
