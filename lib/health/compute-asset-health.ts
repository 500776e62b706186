import type { DegradationModel } from './cmapss/degradation-model';
import { degradationFactor } from './degradation-factor';
import { degradationModelFor } from './degradation-models';
import { HEALTH_MODEL_VERSION, HEALTH_OPTIONS, type HealthOptions } from './health-options';
import type { AssetHealthInput, HealthFactor, HealthSnapshot, HealthStatus } from './health-types';
import { healthMetadata, maintenanceAge } from './maintenance-age';
import { assessSignal } from './signal-factors';
import { isFresh } from './signal-freshness';

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
  const fresh = input.signals.filter((s) => isFresh(s, now, options));
  const assessed = input.signals.map((s) => assessSignal(s, fresh.includes(s), now, options));
  const factors: HealthFactor[] = assessed.flatMap((a) => a.factors);
  const probabilities = assessed.flatMap((a) => a.probabilities);
  const freshMonitored = assessed.filter((a) => a.state === 'fresh').length;
  const stale = assessed.filter((a) => a.state === 'stale').length;
  const levels = new Set(assessed.map((a) => a.level));

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
    levels.has('critical') ||
    score < options.criticalBelowScore ||
    (failureProbability ?? 0) >= options.criticalAtProbability
  ) {
    status = 'critical';
  } else if (
    levels.has('warning') ||
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
