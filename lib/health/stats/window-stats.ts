/**
 * Mean and ordinary least-squares slope of evenly spaced values (x = 0, 1, …, n−1).
 * slope = Σ (x − x̄)(y − ȳ) / Σ (x − x̄)²; a single value has slope 0. Empty input → NaN mean.
 */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function leastSquaresSlope(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const xMean = (n - 1) / 2;
  const yMean = mean(values);
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (i - xMean) * (values[i]! - yMean);
    den += (i - xMean) ** 2;
  }
  return num / den;
}
