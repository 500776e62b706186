import { alarmOnsetsPerDay } from './alarm-rate';
import { bandExcursion, type LimitLevel } from './band-excursion';
import type { HealthOptions } from './health-options';
import type { HealthFactor, SignalWindow } from './health-types';
import { isMonitored } from './signal-freshness';
import { trendToLimit } from './trend-to-limit';

export interface SignalAssessment {
  /** `fresh`/`stale` for monitored signals; `other` for alarms and signals without limits. */
  state: 'fresh' | 'stale' | 'other';
  factors: HealthFactor[];
  /** Probabilities of the failure event this signal contributes (critical limit within the horizon). */
  probabilities: number[];
  /** The furthest limit level the newest value is past, if any. */
  level: LimitLevel | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The factors one signal contributes (docs/health-model.md → Factors): alarm rate for alarm signals;
 * for monitored signals either `stale_data`, or the band excursion of the newest value and the trend
 * toward a limit.
 */
export function assessSignal(
  signal: SignalWindow,
  fresh: boolean,
  now: Date,
  options: HealthOptions,
): SignalAssessment {
  const result: SignalAssessment = { state: 'other', factors: [], probabilities: [], level: null };
  const about = { signalId: signal.id, tag: signal.tag };
  if (signal.kind === 'alarm') {
    const rate = fresh ? alarmOnsetsPerDay(signal.points) : null;
    if (rate && rate.onsets > 0) {
      const severity = Math.min(1, rate.perDay / options.severeAlarmsPerDay);
      result.factors.push({ kind: 'alarm_rate', ...about, ...rate, severity, weight: options.weights.alarm_rate });
    }
    return result;
  }
  if (!isMonitored(signal)) return result;
  if (!fresh || !signal.latest) {
    const last = signal.latest?.t ?? null;
    result.state = 'stale';
    result.factors.push({
      kind: 'stale_data',
      ...about,
      lastSampleAt: last ? last.toISOString() : null,
      ageHours: last ? round2((now.getTime() - last.getTime()) / 3_600_000) : null,
      severity: 0,
      weight: 0,
    });
    return result;
  }
  result.state = 'fresh';
  const value = signal.latest.value;
  const band = bandExcursion(value, signal.limits);
  if (band) {
    if (band.level === 'critical') result.probabilities.push(1);
    result.level = band.level;
    result.factors.push({ kind: 'band_excursion', ...about, value, ...band, weight: options.weights.band_excursion });
  }
  const trend = trendToLimit(signal.points, signal.limits, now, options);
  // Worth showing when it reaches its limit within a few horizons, or may do so within one.
  const near = trend?.hoursToLimit != null && trend.hoursToLimit <= 4 * options.horizonHours;
  if (trend && (near || trend.probabilityWithinHorizon >= 0.01)) {
    if (trend.limitLevel === 'critical') result.probabilities.push(trend.probabilityWithinHorizon);
    result.factors.push({
      kind: 'trend_to_limit',
      ...about,
      ...trend,
      severity: trend.probabilityWithinHorizon,
      weight: options.weights.trend_to_limit,
    });
  }
  return result;
}
