/**
 * Signal limits learned from a recording of normal operation (docs/demo-plant.md → "Limits"):
 * with μ the mean and σ the sample standard deviation of the values,
 *   normal   = μ ± 3σ   (a normal process stays inside 99.7 % of the time)
 *   warning  = μ ± 4.5σ
 *   critical = μ ± 6σ
 * σ is floored at 0.1 % of |μ| (and 1e-6) so a near-constant signal still gets a band of its own
 * (normalLow < normalHigh). Limits are rounded to 6 significant digits.
 */
import type { SignalLimits } from '../plant/signal-schemas';

export const NORMAL_SIGMAS = 3;
export const WARNING_SIGMAS = 4.5;
export const CRITICAL_SIGMAS = 6;

const round = (x: number) => Number(x.toPrecision(6));

export function meanAndSigma(values: number[]): { mean: number; sigma: number } {
  if (values.length < 2) throw new Error('learned limits need at least two values');
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, sigma: Math.sqrt(variance) };
}

/** The six ordered limits for values recorded in normal operation. */
export function learnLimits(values: number[]): Required<{ [K in keyof SignalLimits]: number }> {
  const { mean, sigma: raw } = meanAndSigma(values);
  const sigma = Math.max(raw, Math.abs(mean) * 1e-3, 1e-6);
  return {
    criticalLow: round(mean - CRITICAL_SIGMAS * sigma),
    warningLow: round(mean - WARNING_SIGMAS * sigma),
    normalLow: round(mean - NORMAL_SIGMAS * sigma),
    normalHigh: round(mean + NORMAL_SIGMAS * sigma),
    warningHigh: round(mean + WARNING_SIGMAS * sigma),
    criticalHigh: round(mean + CRITICAL_SIGMAS * sigma),
  };
}
