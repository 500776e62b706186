/**
 * The health of one mapped tag as the integration page shows it (docs/integrations.md → "Mapping
 * health"), from the connector's tag state, the signal's newest sample and its last few samples:
 *   error        the connector cannot read the tag (e.g. the OPC UA node was removed)
 *   no_data      nothing stored for the signal yet
 *   stale        the newest sample is older than the signal's staleness window (connectivity.ts)
 *   out_of_range the newest value is outside the signal's critical limits (physically implausible)
 *   flatlined    the last FLATLINE_SAMPLES samples all carry the same value (a frozen transmitter)
 *   ok           otherwise
 */
import { staleAfterSeconds } from '../trends/connectivity';

export type TagHealthState = 'ok' | 'stale' | 'flatlined' | 'out_of_range' | 'error' | 'no_data';

/** Samples that must all be equal before a live tag reads flatlined. */
export const FLATLINE_SAMPLES = 10;

export interface TagHealthInput {
  tagState: 'ok' | 'error';
  latest: { ts: Date; value: number } | null;
  recentValues: number[];
  signal: { sampleIntervalSeconds: number | null; criticalLow: number | null; criticalHigh: number | null };
  now: Date;
}

export function tagHealth({ tagState, latest, recentValues, signal, now }: TagHealthInput): TagHealthState {
  if (tagState === 'error') return 'error';
  if (!latest) return 'no_data';
  if ((now.getTime() - latest.ts.getTime()) / 1000 > staleAfterSeconds(signal.sampleIntervalSeconds)) return 'stale';
  if (
    (signal.criticalLow !== null && latest.value < signal.criticalLow) ||
    (signal.criticalHigh !== null && latest.value > signal.criticalHigh)
  ) {
    return 'out_of_range';
  }
  if (recentValues.length >= FLATLINE_SAMPLES && recentValues.every((v) => v === recentValues[0])) return 'flatlined';
  return 'ok';
}
