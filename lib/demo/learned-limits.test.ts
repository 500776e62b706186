import { limitOrderErrors } from '../plant/signal-schemas';
import { loadTepRun, loadTepVariables } from '../datasets/tep';
import { learnLimits } from './learned-limits';

describe('learnLimits', () => {
  it('puts normal at μ ± 3σ, warning at ± 4.5σ, critical at ± 6σ', () => {
    // mean 10, sample σ 1 (values 9, 10, 11 → variance 1)
    expect(learnLimits([9, 10, 11])).toEqual({
      criticalLow: 4,
      warningLow: 5.5,
      normalLow: 7,
      normalHigh: 13,
      warningHigh: 14.5,
      criticalHigh: 16,
    });
  });

  it('gives a constant signal a band of its own (σ floored at 0.1 % of |μ|)', () => {
    const limits = learnLimits([50, 50, 50]);
    expect(limits.normalLow).toBeCloseTo(49.85, 6);
    expect(limits.normalHigh).toBeCloseTo(50.15, 6);
    expect(limitOrderErrors(limits)).toEqual([]);
    expect(limitOrderErrors(learnLimits([0, 0]))).toEqual([]);
  });

  it('learned on TEP d00 (training run), contains ≥ 98 % of the independent normal run d00_te', () => {
    const train = loadTepRun('d00');
    const test = loadTepRun('d00_te');
    let inside = 0;
    for (const variable of loadTepVariables()) {
      const limits = learnLimits(train.map((row) => row[variable.index] as number));
      expect(limitOrderErrors(limits)).toEqual([]);
      inside += test.filter((row) => {
        const v = row[variable.index] as number;
        return v >= limits.normalLow && v <= limits.normalHigh;
      }).length;
    }
    expect(inside / (test.length * 52)).toBeGreaterThan(0.98);
  });
});
