import type { DegradationModel } from './cmapss/degradation-model';
import { alarmOnsetsPerDay } from './alarm-rate';
import { bandExcursion } from './band-excursion';
import { degradationFactor } from './degradation-factor';
import { degradationModelFor } from './degradation-models';
import { HEALTH_MODEL_VERSION, HEALTH_OPTIONS, type HealthOptions } from './health-options';
import type { AssetHealthInput, HealthFactor, HealthSnapshot, HealthStatus } from './health-types';
import { healthMetadata, maintenanceAge } from './maintenance-age';
import { isFresh, isMonitored } from './signal-freshness';
import { trendToLimit } from './trend-to-limit';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The health of one asset from its signals (docs/health-model.md). Pure and deterministic.
 * score = 100·Π(1 − wₖ·sₖ) over the factors; failure probability = 1 − Π(1 − pᵢ) over the events
 * "a monitored signal at/past its critical limit within the horizon" and "end of life" (learned model),
 * assumed independent. Unknown — score and probability null — when no monitored signal is fresh and no
 * learned model could run; a stale monitored signal never lets the asset read "normal".
 */
export function computeAssetHealth(
  input: AssetHealthInput,
  options: HealthOptions = HEALTH_OPTIONS,
  model: DegradationModel | null = degradationModelFor(input.assetType),
): HealthSnapshot {
  const { now } = input;
  const factors: HealthFactor[] = [];
  const probabilities: number[] = [];
  let freshMonitored = 0;
  let stale = 0;
  let worstLevel: 'normal' | 'warning' | 'critical' | null = null;
  const raise = (level: 'warning' | 'critical') => {
    if (worstLevel !== 'critical') worstLevel = level;
  };

  const fresh = input.signals.filter((s) => isFresh(s, now, options));
  for (const signal of input.signals) {
    const signalIsFresh = fresh.includes(signal);
    if (signal.kind === 'alarm') {
      const rate = signalIsFresh ? alarmOnsetsPerDay(signal.points) : null;
      if (rate && rate.onsets > 0) {
        const severity = Math.min(1, rate.perDay / options.severeAlarmsPerDay);
        factors.push({
          kind: 'alarm_rate',
          signalId: signal.id,
          tag: signal.tag,
          ...rate,
          severity,
          weight: options.weights.alarm_rate,
        });
      }
      continue;
    }
    if (!isMonitored(signal)) continue;
    if (!signalIsFresh) {
      stale += 1;
      const last = signal.latest?.t ?? null;
      factors.push({
        kind: 'stale_data',
        signalId: signal.id,
        tag: signal.tag,
        lastSampleAt: last ? last.toISOString() : null,
        ageHours: last ? round((now.getTime() - last.getTime()) / 3_600_000, 2) : null,
        severity: 0,
        weight: 0,
      });
      continue;
    }
    freshMonitored += 1;
    const latest = signal.latest!;
    const band = bandExcursion(latest.value, signal.limits);
    if (band) {
      if (band.level === 'critical') probabilities.push(1);
      if (band.level !== 'normal') raise(band.level);
      factors.push({
        kind: 'band_excursion',
        signalId: signal.id,
        tag: signal.tag,
        value: latest.value,
        ...band,
        weight: options.weights.band_excursion,
      });
    }
    const trend = trendToLimit(signal.points, signal.limits, now, options.horizonHours, options.minTrendPoints);
    // A trend is worth showing when it reaches its limit within a few horizons or may do so within one.
    const relevant = trend && trend.hoursToLimit !== null && trend.hoursToLimit <= 4 * options.horizonHours;
    if (trend && (relevant || trend.probabilityWithinHorizon >= 0.01)) {
      if (trend.limitLevel === 'critical') probabilities.push(trend.probabilityWithinHorizon);
      factors.push({
        kind: 'trend_to_limit',
        signalId: signal.id,
        tag: signal.tag,
        ...trend,
        severity: trend.probabilityWithinHorizon,
        weight: options.weights.trend_to_limit,
      });
    }
  }

  const metadata = healthMetadata(input.metadata);
  const degradation = model ? degradationFactor(model, fresh, options.horizonHours, metadata.hoursPerCycle) : null;
  if (degradation) {
    if (degradation.probabilityWithinHorizon !== null) probabilities.push(degradation.probabilityWithinHorizon);
    factors.push({
      kind: 'degradation',
      signalId: null,
      modelVersion: model!.version,
      ...degradation,
      weight: options.weights.degradation,
    });
  }
  const maintenance = maintenanceAge(metadata, now);
  if (maintenance) {
    factors.push({
      kind: 'time_since_maintenance',
      signalId: null,
      ...maintenance,
      weight: options.weights.time_since_maintenance,
    });
  }

  const impact = (f: HealthFactor) => (f.weight as number) * (f.severity as number);
  factors.sort((a, b) => impact(b) - impact(a));
  const modelVersion = model && degradation ? `${HEALTH_MODEL_VERSION}+${model.version}` : HEALTH_MODEL_VERSION;
  const base = { assetId: input.assetId, computedAt: now, horizonHours: options.horizonHours, factors, modelVersion };
  if (freshMonitored === 0 && !degradation) {
    return { ...base, score: null, failureProbability: null, status: 'unknown' };
  }
  const score = 100 * factors.reduce((product, f) => product * (1 - impact(f)), 1);
  // A learned model that cannot convert cycles to hours leaves the probability unknown, not understated.
  const probabilityUnknown = degradation !== null && degradation.probabilityWithinHorizon === null;
  const failureProbability = probabilityUnknown ? null : 1 - probabilities.reduce((product, p) => product * (1 - p), 1);
  let status: HealthStatus = 'normal';
  if (
    worstLevel === 'critical' ||
    score < options.criticalBelowScore ||
    (failureProbability ?? 0) >= options.criticalAtProbability
  ) {
    status = 'critical';
  } else if (
    worstLevel === 'warning' ||
    score < options.warningBelowScore ||
    (failureProbability ?? 0) >= options.warningAtProbability
  ) {
    status = 'warning';
  } else if (stale > 0) {
    status = 'unknown'; // part of the picture is missing: never claim normal
  }
  return {
    ...base,
    score: round(score, 1),
    failureProbability: failureProbability === null ? null : round(failureProbability, 4),
    status,
  };
}
