import { gapThresholdSeconds, toChartColumns, type SeriesPointJson } from './chart-data';

const at = (seconds: number, value: number, spread = 0): SeriesPointJson => ({
  t: new Date(Date.UTC(2026, 11, 1) + seconds * 1000).toISOString(),
  min: value - spread,
  max: value + spread,
  avg: value,
  last: value,
  count: 1,
});
const base = Date.UTC(2026, 11, 1) / 1000;

describe('toChartColumns', () => {
  it('keeps evenly spaced raw samples as they are', () => {
    const c = toChartColumns({ bucketSeconds: 0, points: [at(0, 1), at(10, 2), at(20, 3)] }, 10);
    expect(c.x).toEqual([base, base + 10, base + 20]);
    expect(c.avg).toEqual([1, 2, 3]);
  });

  it('puts a null between raw samples more than three expected intervals apart', () => {
    const c = toChartColumns({ bucketSeconds: 0, points: [at(0, 1), at(10, 2), at(100, 3), at(110, 4)] }, 10);
    expect(c.x).toEqual([base, base + 10, base + 55, base + 100, base + 110]);
    expect(c.avg).toEqual([1, 2, null, 3, 4]);
    expect(c.min).toEqual([1, 2, null, 3, 4]);
    expect(c.max).toEqual([1, 2, null, 3, 4]);
  });

  it('does not break at exactly three intervals (a late sample is not a gap)', () => {
    const c = toChartColumns({ bucketSeconds: 0, points: [at(0, 1), at(30, 2)] }, 10);
    expect(c.avg).toEqual([1, 2]);
  });

  it('uses the median spacing when the signal states no interval', () => {
    const c = toChartColumns({ bucketSeconds: 0, points: [at(0, 1), at(5, 1), at(10, 1), at(15, 1), at(60, 1)] }, null);
    expect(c.avg).toEqual([1, 1, 1, 1, null, 1]);
  });

  it('breaks bucketed answers where more than two buckets are missing, keeping min/max', () => {
    const points = [at(0, 5, 1), at(60, 6, 1), at(120, 7, 2), at(400, 8, 1)];
    const c = toChartColumns({ bucketSeconds: 60, points }, 1);
    expect(c.avg).toEqual([5, 6, 7, null, 8]);
    expect(c.min).toEqual([4, 5, 5, null, 7]);
    expect(c.max).toEqual([6, 7, 9, null, 9]);
    // one empty bucket (two buckets apart) is not a gap
    expect(toChartColumns({ bucketSeconds: 60, points: [at(0, 1), at(120, 2)] }, 1).avg).toEqual([1, 2]);
  });

  it('never calls the buckets of a slow signal gaps (3 intervals beat 2 buckets)', () => {
    const c = toChartColumns({ bucketSeconds: 60, points: [at(0, 1), at(600, 2), at(1200, 3)] }, 600);
    expect(c.avg).toEqual([1, 2, 3]);
  });

  it('sorts points and drops unreadable times; empty stays empty', () => {
    const c = toChartColumns({ bucketSeconds: 0, points: [at(10, 2), { ...at(0, 9), t: 'x' }, at(0, 1)] }, 10);
    expect(c.avg).toEqual([1, 2]);
    expect(toChartColumns({ bucketSeconds: 0, points: [] }, null)).toEqual({ x: [], avg: [], min: [], max: [] });
  });
});

describe('gapThresholdSeconds', () => {
  it('is infinite with nothing to judge by', () => {
    expect(gapThresholdSeconds(0, null, [base])).toBe(Infinity);
  });
});
