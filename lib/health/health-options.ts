/**
 * The model's fixed parameters (docs/health-model.md explains each). Deterministic: the same inputs
 * and options always give the same snapshot.
 */
export const HEALTH_MODEL_VERSION = 'health-v1';

export const HEALTH_OPTIONS = {
  /** Failure probability is "a monitored signal at/after its critical limit, or end of life, within this". */
  horizonHours: 168,
  /** Trend window read for the slope. */
  trendWindowHours: 24,
  /** A signal is stale when its newest sample is older than max(this, staleIntervals × its sample interval). */
  staleAfterSeconds: 900,
  staleIntervals: 5,
  /** Fewest points for a trend. */
  minTrendPoints: 3,
  /** A trend needs a window spanning at least this long (a few points over minutes say nothing about a week). */
  minTrendSpanHours: 6,
  /** |slope|/SE(slope), with autocorrelated residuals discounted, a trend needs to count (strict: the lag-1 correction under-counts slow wander; chosen on d00 + d00_te). */
  trendSignificanceZ: 5,
  /** A trend is projected at most one window span ahead (24 h from a 24 h window), not the full horizon. */
  maxProjectionSpans: 1,
  /** Alarm onsets per day that count as the worst rate (one an hour). */
  severeAlarmsPerDay: 24,
  /** Score points a factor can remove at full severity: score = 100·Π(1 − weight·severity). */
  weights: {
    band_excursion: 0.7,
    trend_to_limit: 0.4,
    alarm_rate: 0.3,
    time_since_maintenance: 0.2,
    degradation: 0.9,
  },
  /** Status thresholds (in addition to any critical/warning limit crossed). */
  criticalBelowScore: 40,
  warningBelowScore: 70,
  criticalAtProbability: 0.5,
  warningAtProbability: 0.2,
} as const;

export type HealthOptions = typeof HEALTH_OPTIONS;
