import { DEFAULT_RANGE, parseRange, RANGE_KEYS, rangeWindow } from './chart-range';

describe('parseRange', () => {
  it('reads every offered range', () => {
    for (const key of RANGE_KEYS) expect(parseRange(key)).toBe(key);
  });

  it('reads a missing, unknown or repeated value as the default (or the first)', () => {
    expect(DEFAULT_RANGE).toBe('1d');
    expect(parseRange(undefined)).toBe('1d');
    expect(parseRange(null)).toBe('1d');
    expect(parseRange('')).toBe('1d');
    expect(parseRange('2d')).toBe('1d');
    expect(parseRange('1D')).toBe('1d');
    expect(parseRange(['7d', '1h'])).toBe('7d');
  });
});

describe('rangeWindow', () => {
  it('ends at now rounded up to the minute and spans the range', () => {
    const { from, to } = rangeWindow('1h', new Date('2026-12-01T10:15:20.500Z'));
    expect(to.toISOString()).toBe('2026-12-01T10:16:00.000Z');
    expect(from.toISOString()).toBe('2026-12-01T09:16:00.000Z');
  });

  it('keeps an instant already on the step', () => {
    const { from, to } = rangeWindow('1y', new Date('2026-12-01T00:00:00Z'));
    expect(to.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(from.toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(rangeWindow('7d', to).from.toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });
});
