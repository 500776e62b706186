import type { HealthOptions } from './health-options';
import type { SignalLimits, SignalWindow } from './health-types';

/** A signal is monitored when it has at least one limit and is not an alarm flag. */
export function isMonitored(signal: SignalWindow): boolean {
  if (signal.kind === 'alarm') return false;
  return (Object.keys(signal.limits) as (keyof SignalLimits)[]).some((k) => signal.limits[k] !== null);
}

/**
 * Whether the newest sample is recent enough to judge the asset on: younger than
 * max(staleAfterSeconds, staleIntervals × the signal's sample interval). A missing or non-finite
 * sample is never fresh.
 */
export function isFresh(signal: SignalWindow, now: Date, options: HealthOptions): boolean {
  const latest = signal.latest;
  if (!latest || !Number.isFinite(latest.value)) return false;
  const maxAgeSeconds = Math.max(
    options.staleAfterSeconds,
    options.staleIntervals * (signal.sampleIntervalSeconds ?? 0),
  );
  const ageSeconds = (now.getTime() - latest.t.getTime()) / 1000;
  return ageSeconds <= maxAgeSeconds;
}
