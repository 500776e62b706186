import { normalCdf } from './stats/normal-cdf';
import { theilSen } from './stats/theil-sen';
import type { SignalLimits, TimedValue } from './health-types';

export interface TrendToLimit {
  /** Theil–Sen slope in the signal's unit per hour. */
  slopePerHour: number;
  /** The fitted value now (the line at t = now). */
  fittedNow: number;
  side: 'high' | 'low';
  /** The limit the trend heads for: the critical limit on that side, else warning, else normal. */
  limit: number;
  limitLevel: 'normal' | 'warning' | 'critical';
  /** (limit − fitted now)/slope when heading for it; 0 when already past; null when heading away. */
  hoursToLimit: number | null;
  /** P(the value is at or past the limit at now + horizon) under the line's prediction interval. */
  probabilityWithinHorizon: number;
  points: number;
  /** Lag-1 autocorrelation of the residuals and the effective sample size it leaves (Santer et al. 2000). */
  residualAutocorrelation: number;
  effectivePoints: number;
  /** |slope| / its standard error (with the effective sample size). */
  slopeZ: number;
}

export interface TrendOptions {
  horizonHours: number;
  minTrendPoints: number;
  /** Shortest time span the window must cover. */
  minTrendSpanHours: number;
  /** |slope|/SE(slope) a trend needs to count: below it the slope is indistinguishable from noise. */
  trendSignificanceZ: number;
  /** The line is projected at most this many window spans ahead (then up to the horizon). */
  maxProjectionSpans: number;
}

/** Lag-1 autocorrelation of a series (in time order), clamped to [0, 0.99]. */
function lag1Autocorrelation(values: readonly number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - mean;
    den += d * d;
    if (i > 0) num += d * (values[i - 1]! - mean);
  }
  return den > 0 ? Math.min(0.99, Math.max(0, num / den)) : 0;
}

function targetLimit(limits: SignalLimits, side: 'high' | 'low') {
  const order =
    side === 'high'
      ? ([
          ['critical', limits.criticalHigh],
          ['warning', limits.warningHigh],
          ['normal', limits.normalHigh],
        ] as const)
      : ([
          ['critical', limits.criticalLow],
          ['warning', limits.warningLow],
          ['normal', limits.normalLow],
        ] as const);
  const found = order.find(([, limit]) => limit !== null);
  return found ? { limitLevel: found[0], limit: found[1] as number } : null;
}

/**
 * Robust trend of a signal toward its limit (docs/health-model.md → "Trend to a limit"). Fits
 * y = a + b·x (x = hours relative to `now`) with Theil–Sen. Residuals of real process data are
 * autocorrelated (slow wander, daily cycles), so the sample size is discounted to the effective
 * n_eff = n·(1 − ρ₁)/(1 + ρ₁), ρ₁ the residuals' lag-1 autocorrelation (Santer et al. 2000), and the
 * parameter variance inflated by n/n_eff: SE(b) = σ·√(n/n_eff / Sxx),
 * σ_H = σ·√(1 + (n/n_eff)·(1/n + (H − x̄)²/Sxx)), σ = 1.4826·MAD of residuals (floored at 1 % of the
 * distance to the limit so a noise-free series still gives a graded probability);
 * P = Φ((a + b·H − limit)/σ_H) on the high side (mirrored on the low side).
 * Returns null — no trend — with fewer than `minTrendPoints` finite points, a span shorter than
 * `minTrendSpanHours`, a slope that is not significant (|b|/SE(b) < `trendSignificanceZ`), or no limit
 * toward the slope.
 */
export function trendToLimit(
  points: readonly TimedValue[],
  limits: SignalLimits,
  now: Date,
  options: TrendOptions,
): TrendToLimit | null {
  const finite = points.filter((p) => Number.isFinite(p.value));
  if (finite.length < options.minTrendPoints) return null;
  const xs = finite.map((p) => (p.t.getTime() - now.getTime()) / 3_600_000);
  const ys = finite.map((p) => p.value);
  const span = Math.max(...xs) - Math.min(...xs);
  if (span < options.minTrendSpanHours) return null;
  const fit = theilSen(xs, ys);
  if (!fit) return null;
  const side = fit.slope >= 0 ? 'high' : 'low';
  const target = targetLimit(limits, side);
  if (!target) return null;
  const sign = side === 'high' ? 1 : -1;
  const fittedNow = fit.intercept;
  const gap = sign * (target.limit - fittedNow); // > 0 while short of the limit
  const hoursToLimit = gap <= 0 ? 0 : fit.slope === 0 ? null : gap / Math.abs(fit.slope);

  const n = xs.length;
  const xMean = xs.reduce((s, x) => s + x, 0) / n;
  const sxx = xs.reduce((s, x) => s + (x - xMean) ** 2, 0);
  const rho = lag1Autocorrelation(ys.map((y, i) => y - (fit.intercept + fit.slope * xs[i]!)));
  const effectivePoints = Math.max(2, Math.min(n, (n * (1 - rho)) / (1 + rho)));
  const inflation = n / effectivePoints;
  const sigma = Math.max(fit.residualSigma, 0.01 * Math.abs(target.limit - fittedNow), 1e-9);
  const slopeZ = Math.abs(fit.slope) / (sigma * Math.sqrt(inflation / sxx));
  if (gap > 0 && slopeZ < options.trendSignificanceZ) return null;
  // A line seen over `span` hours is not extrapolated further than that: a week from one day is noise.
  const H = Math.min(options.horizonHours, options.maxProjectionSpans * span);
  const sigmaH = sigma * Math.sqrt(1 + inflation * (1 / n + (H - xMean) ** 2 / sxx));
  const projected = fittedNow + fit.slope * H;
  const probabilityWithinHorizon = gap <= 0 ? 1 : normalCdf((sign * (projected - target.limit)) / sigmaH);
  return {
    slopePerHour: fit.slope,
    fittedNow,
    side,
    ...target,
    hoursToLimit,
    probabilityWithinHorizon,
    points: n,
    residualAutocorrelation: rho,
    effectivePoints,
    slopeZ,
  };
}
