import type { SignalLimits } from './health-types';

export type LimitLevel = 'normal' | 'warning' | 'critical';

export interface BandExcursion {
  side: 'high' | 'low';
  /** The furthest limit the value is at or beyond. */
  level: LimitLevel;
  limit: number;
  /** How far past that limit, in the signal's unit (always ≥ 0). */
  deviation: number;
  /** 0 at the normal limit, 0.5 at the warning limit, 1 at (and beyond) the critical limit. */
  severity: number;
}

const LEVEL_SEVERITY: Record<LimitLevel, number> = { normal: 0, warning: 0.5, critical: 1 };

function anchors(limits: SignalLimits, side: 'high' | 'low'): { level: LimitLevel; limit: number }[] {
  const list: [LimitLevel, number | null][] =
    side === 'high'
      ? [
          ['normal', limits.normalHigh],
          ['warning', limits.warningHigh],
          ['critical', limits.criticalHigh],
        ]
      : [
          ['normal', limits.normalLow],
          ['warning', limits.warningLow],
          ['critical', limits.criticalLow],
        ];
  return list.filter((a): a is [LimitLevel, number] => a[1] !== null).map(([level, limit]) => ({ level, limit }));
}

/**
 * Where `value` sits against the signal's limits, on the side it leaves the normal band. Severity is
 * piecewise linear between the limits present (normal 0 → warning 0.5 → critical 1); past the last limit
 * it keeps the slope of the last segment (or rises by 0.5 per normal-band width) up to 1. Returns null
 * inside the band or when that side has no limit.
 */
export function bandExcursion(value: number, limits: SignalLimits): BandExcursion | null {
  for (const side of ['high', 'low'] as const) {
    const sign = side === 'high' ? 1 : -1;
    const points = anchors(limits, side).map((a) => ({ ...a, x: sign * a.limit, y: LEVEL_SEVERITY[a.level] }));
    const x = sign * value;
    const crossed = points.filter((p) => x >= p.x);
    const last = crossed.at(-1);
    if (!last) continue;
    const next = points.find((p) => p.x > x);
    let severity: number;
    if (next) {
      severity = last.y + ((x - last.x) * (next.y - last.y)) / (next.x - last.x);
    } else {
      const previous = points[points.indexOf(last) - 1];
      const width =
        limits.normalHigh !== null && limits.normalLow !== null ? limits.normalHigh - limits.normalLow : null;
      const slope = previous ? (last.y - previous.y) / (last.x - previous.x) : width ? 0.5 / width : 0;
      severity = last.y + (x - last.x) * slope;
    }
    return {
      side,
      level: last.level,
      limit: last.limit,
      deviation: x - last.x,
      severity: Math.min(1, Math.max(0, severity)),
    };
  }
  return null;
}
