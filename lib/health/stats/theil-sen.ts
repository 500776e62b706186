/**
 * Theil–Sen line fit (Theil 1950; Sen 1968): slope = median of the pairwise slopes
 * (yⱼ − yᵢ)/(xⱼ − xᵢ) over all i < j with xᵢ ≠ xⱼ, intercept = median(yᵢ − slope·xᵢ).
 * Robust to up to ~29 % outliers. O(n²): callers pass a bounded window (≤ a few hundred points).
 * Returns null with fewer than two distinct x.
 */
export interface LineFit {
  slope: number;
  intercept: number;
  /** Robust residual spread: 1.4826 × median |yᵢ − (intercept + slope·xᵢ)| (the normal-consistent MAD). */
  residualSigma: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function theilSen(xs: readonly number[], ys: readonly number[]): LineFit | null {
  const slopes: number[] = [];
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = xs[j]! - xs[i]!;
      if (dx !== 0) slopes.push((ys[j]! - ys[i]!) / dx);
    }
  }
  if (slopes.length === 0) return null;
  const slope = median(slopes);
  const intercept = median(ys.slice(0, n).map((y, i) => y - slope * xs[i]!));
  const residualSigma = 1.4826 * median(ys.slice(0, n).map((y, i) => Math.abs(y - (intercept + slope * xs[i]!))));
  return { slope, intercept, residualSigma };
}
