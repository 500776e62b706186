import { z } from 'zod';
import { windowFeature } from './window-features';

/**
 * The fitted turbine degradation model as shipped in `lib/health/models/*.json` (written by
 * `npm run fit:health`, read by the health job and the benchmark). Linear in standardised window
 * features: RUL̂ = clamp(b + Σ wᵢ·(xᵢ − μᵢ)/σᵢ, 0, cap), with each xᵢ the mean or slope of one sensor
 * over the last `window` cycles. Failure probability within h cycles uses the out-of-fold residuals
 * e = RUL − RUL̂, kept as quantiles per band of RUL̂: P(RUL ≤ h) = share of residuals with RUL̂ + e ≤ h.
 */
export const ZDegradationModel = z.object({
  version: z.string().min(1),
  window: z.number().int().positive(),
  rulCap: z.number().positive(),
  intercept: z.number(),
  features: z.array(
    z.object({
      sensor: z.string().min(1),
      stat: z.enum(['mean', 'slope']),
      center: z.number(),
      scale: z.number().positive(),
      weight: z.number(),
    }),
  ),
  residuals: z.array(z.object({ fromRul: z.number(), toRul: z.number(), quantiles: z.array(z.number()).min(2) })),
  fit: z.record(z.string(), z.unknown()),
});
export type DegradationModel = z.infer<typeof ZDegradationModel>;

/** A sensor's values in cycle order, oldest first, keyed by model sensor name (e.g. `T24`). */
export type SensorHistory = Partial<Record<string, readonly number[]>>;

export interface RulContribution {
  sensor: string;
  stat: 'mean' | 'slope';
  value: number;
  /** Cycles this feature adds to (positive) or takes from (negative) the predicted RUL. */
  cycles: number;
}

/**
 * Predicted remaining useful life (cycles) and each feature's contribution to it.
 * Returns null when a sensor the model needs is missing or empty (no guessing).
 */
export function predictRul(
  model: DegradationModel,
  history: SensorHistory,
): { rul: number; contributions: RulContribution[] } | null {
  const contributions: RulContribution[] = [];
  let raw = model.intercept;
  for (const feature of model.features) {
    const values = history[feature.sensor];
    if (!values || values.length === 0) return null;
    const value = windowFeature(values, model.window, feature.stat);
    const cycles = (feature.weight * (value - feature.center)) / feature.scale;
    raw += cycles;
    contributions.push({ sensor: feature.sensor, stat: feature.stat, value, cycles });
  }
  return { rul: Math.min(model.rulCap, Math.max(0, raw)), contributions };
}

/** P(true RUL ≤ horizonCycles | predicted RUL), from the residual quantiles of the band holding `rul`. */
export function failureProbabilityWithin(model: DegradationModel, rul: number, horizonCycles: number): number {
  const band = model.residuals.find((b) => rul >= b.fromRul && rul < b.toRul) ?? model.residuals.at(-1);
  const q = band?.quantiles ?? [];
  // Share of residuals e with rul + e ≤ h, interpolated linearly between neighbouring quantiles.
  const threshold = horizonCycles - rul;
  for (let i = 0; i < q.length; i++) {
    const upper = q[i]!;
    if (threshold < upper) {
      if (i === 0) return 0;
      const lower = q[i - 1]!;
      return (i - 1 + (threshold - lower) / (upper - lower)) / (q.length - 1);
    }
  }
  return 1;
}
