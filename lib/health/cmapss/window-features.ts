import { leastSquaresSlope, mean } from '../stats/window-stats';

export type WindowStat = 'mean' | 'slope';

/**
 * The features the degradation model reads from one sensor: the mean and the least-squares slope
 * (per cycle) of its last `window` values — shorter at the start of a run. Empty input → NaN mean.
 */
export function windowFeature(values: readonly number[], window: number, stat: WindowStat): number {
  const tail = values.slice(Math.max(0, values.length - window));
  return stat === 'mean' ? mean(tail) : leastSquaresSlope(tail);
}
