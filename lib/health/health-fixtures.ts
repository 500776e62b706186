import type { AssetHealthInput, SignalLimits, SignalWindow, TimedValue } from './health-types';

/** Builders for synthetic signals in the health model's unit tests. */
export const NOW = new Date('2026-06-01T12:00:00Z');
export const HOUR = 3_600_000;

/** Vibration velocity zones in mm/s after ISO 10816-3 (class II machine): a realistic band set. */
export const VIBRATION_LIMITS: SignalLimits = {
  criticalLow: null,
  warningLow: null,
  normalLow: 0,
  normalHigh: 4.5,
  warningHigh: 7.1,
  criticalHigh: 11.2,
};

/** Samples every `stepMinutes` over the `hours` before `end`, value = f(hours before end). */
export function series(end: Date, hours: number, f: (hoursAgo: number) => number, stepMinutes = 10): TimedValue[] {
  const points: TimedValue[] = [];
  for (let m = hours * 60; m >= 0; m -= stepMinutes) {
    points.push({ t: new Date(end.getTime() - m * 60_000), value: f(m / 60) });
  }
  return points;
}

export function signal(overrides: Partial<SignalWindow> & { points: TimedValue[] }): SignalWindow {
  return {
    id: 'sig-vibration',
    tag: 'P-101.VIB',
    kind: 'measurement',
    limits: VIBRATION_LIMITS,
    sampleIntervalSeconds: 60,
    latest: overrides.points.at(-1) ?? null,
    ...overrides,
  };
}

export function asset(signals: SignalWindow[], overrides: Partial<AssetHealthInput> = {}): AssetHealthInput {
  return { assetId: 'asset-1', assetType: 'pump', metadata: {}, signals, now: NOW, ...overrides };
}

/** Every number anywhere in a value, to assert the model never emits NaN or ±Infinity. */
export function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value instanceof Date) return [value.getTime()];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}
