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
 * Robust trend of a signal toward its limit. Fits y = a + b·x (x = hours relative to `now`) with
 * Theil–Sen, then projects to now + H with the least-squares prediction interval applied to the robust
 * spread: σ_H = σ·√(1 + 1/n + (H − x̄)²/Sxx), σ = 1.4826·MAD of residuals (floored at 1 % of the distance
 * to the limit so a noise-free series still gives a graded, not a 0/1, probability);
 * P = Φ((a + b·H − limit)/σ_H) on the high side (mirrored on the low side).
 * Returns null with fewer than `minPoints` finite points, a zero time span, or no limit toward the slope.
 */
export function trendToLimit(
  points: readonly TimedValue[],
  limits: SignalLimits,
  now: Date,
  horizonHours: number,
  minPoints: number,
): TrendToLimit | null {
  const finite = points.filter((p) => Number.isFinite(p.value));
  if (finite.length < minPoints) return null;
  const xs = finite.map((p) => (p.t.getTime() - now.getTime()) / 3_600_000);
  const ys = finite.map((p) => p.value);
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
  const sigma = Math.max(fit.residualSigma, 0.01 * Math.abs(target.limit - fittedNow), 1e-9);
  const sigmaH = sigma * Math.sqrt(1 + 1 / n + (horizonHours - xMean) ** 2 / sxx);
  const projected = fittedNow + fit.slope * horizonHours;
  const probabilityWithinHorizon = gap <= 0 ? 1 : normalCdf((sign * (projected - target.limit)) / sigmaH);
  return {
    slopePerHour: fit.slope,
    fittedNow,
    side,
    ...target,
    hoursToLimit,
    probabilityWithinHorizon,
    points: n,
  };
}
