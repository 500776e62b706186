/**
 * The values the demo writes at one timestamp: a stream's recorded row, or the simulated
 * signals' values, as samples for lib/ingest (shape of its SampleInput).
 */
import { uniqueKey } from '../plant/plant-text';
import { simulatedValue, type SimulatedSignal } from './demo-simulation';

export interface DemoSample {
  signalId: string;
  ts: Date;
  value: number;
  /** the signal's tag: the demo integration's external tag (provenance) */
  externalTag: string;
}

/** signal tag key → signal id, for one tenant */
export type SignalIds = Map<string, string>;

/** One recorded row as samples of the stream's signals (tags in row order); unknown tags are skipped. */
export function rowSamples(signalTags: string[], row: number[], ids: SignalIds, ts: Date): DemoSample[] {
  const samples: DemoSample[] = [];
  signalTags.forEach((tag, i) => {
    const signalId = ids.get(uniqueKey(tag));
    const value = row[i];
    if (signalId && value !== undefined && Number.isFinite(value))
      samples.push({ signalId, ts, value, externalTag: tag });
  });
  return samples;
}

export function simulatedSamples(signals: SimulatedSignal[], ids: SignalIds, ts: Date): DemoSample[] {
  const samples: DemoSample[] = [];
  for (const signal of signals) {
    const signalId = ids.get(uniqueKey(signal.tag));
    if (signalId) samples.push({ signalId, ts, value: simulatedValue(signal, ts), externalTag: signal.tag });
  }
  return samples;
}
