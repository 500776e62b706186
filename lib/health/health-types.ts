/** Shapes of the health contract (/work/contracts.md); lib/health/latest-health.ts re-exports them. */
export type HealthStatus = 'normal' | 'warning' | 'critical' | 'unknown';

export type HealthFactorKind =
  'band_excursion' | 'trend_to_limit' | 'alarm_rate' | 'time_since_maintenance' | 'degradation' | 'stale_data';

/**
 * One reason behind a score. `severity` ∈ [0, 1] and `weight` ∈ [0, 1] give the points it removes:
 * the score is 100·Π(1 − weight·severity) (docs/health-model.md); the other fields are what the UI shows.
 */
export interface HealthFactor {
  kind: HealthFactorKind;
  signalId: string | null;
  [k: string]: unknown;
}

export interface HealthSnapshot {
  assetId: string;
  computedAt: Date;
  score: number | null;
  failureProbability: number | null;
  horizonHours: number;
  status: HealthStatus;
  factors: HealthFactor[];
  modelVersion: string;
}

export interface SignalLimits {
  criticalLow: number | null;
  warningLow: number | null;
  normalLow: number | null;
  normalHigh: number | null;
  warningHigh: number | null;
  criticalHigh: number | null;
}

export interface TimedValue {
  t: Date;
  value: number;
}

/** What the model knows about one signal of the asset. */
export interface SignalWindow {
  id: string;
  tag: string;
  kind: string;
  limits: SignalLimits;
  sampleIntervalSeconds: number | null;
  /** Newest sample, or null when the signal has none. */
  latest: TimedValue | null;
  /** Recent history (e.g. bucket averages over the trend window), oldest first. */
  points: TimedValue[];
  /** The last raw samples, oldest first — one per operating cycle for the learned models. */
  recentValues?: number[];
}

export interface AssetHealthInput {
  assetId: string;
  assetType: string;
  metadata: unknown;
  signals: SignalWindow[];
  now: Date;
}
