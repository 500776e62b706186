/** The warning and critical limits a trend chart draws, and a y range that keeps them in view. */
export interface LimitedSignal {
  unit: string | null;
  sampleIntervalSeconds: number | null;
  criticalLow: number | null;
  warningLow: number | null;
  warningHigh: number | null;
  criticalHigh: number | null;
}

export interface ChartLimit {
  key: 'criticalLow' | 'warningLow' | 'warningHigh' | 'criticalHigh';
  level: 'warning' | 'critical';
  value: number;
}

const KEYS = ['criticalHigh', 'warningHigh', 'warningLow', 'criticalLow'] as const;

export function chartLimits(signal: LimitedSignal): ChartLimit[] {
  return KEYS.flatMap((key) => {
    const value = signal[key];
    return value === null ? [] : [{ key, level: key.startsWith('critical') ? 'critical' : 'warning', value }];
  }) as ChartLimit[];
}

/** [min, max] of the data widened to the limits, with 5 % padding (a flat line gets ±1). */
export function yRangeWith(min: number | null, max: number | null, limits: ChartLimit[]): [number, number] {
  const values = [min, max, ...limits.map((l) => l.value)].filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return [0, 1];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}
