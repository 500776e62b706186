import { normalCdf } from './normal-cdf';
import { median, theilSen } from './theil-sen';
import { leastSquaresSlope, mean } from './window-stats';

describe('window statistics', () => {
  it('gives the least-squares slope of evenly spaced values, 0 for one value', () => {
    expect(leastSquaresSlope([1, 3, 5, 7])).toBeCloseTo(2);
    expect(leastSquaresSlope([4])).toBe(0);
    expect(mean([1, 2, 3])).toBe(2);
    expect(mean([])).toBeNaN();
  });
});

describe('theilSen', () => {
  it('recovers the line despite an outlier that drags least squares away', () => {
    const xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const ys = xs.map((x) => 2 * x + 1);
    ys[9] = 500;
    const fit = theilSen(xs, ys)!;
    expect(fit.slope).toBeCloseTo(2);
    expect(fit.intercept).toBeCloseTo(1);
    expect(fit.residualSigma).toBeCloseTo(0);
  });

  it('returns null without two distinct x', () => {
    expect(theilSen([1], [1])).toBeNull();
    expect(theilSen([2, 2], [1, 5])).toBeNull();
  });

  it('takes the middle of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('normalCdf', () => {
  it('matches tabulated values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 5);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
  });
});
