import { FLATLINE_SAMPLES, tagHealth, type TagHealthInput } from './mapping-health';

const now = new Date('2026-12-01T08:00:00Z');
const base: TagHealthInput = {
  tagState: 'ok',
  latest: { ts: new Date(now.getTime() - 5_000), value: 50 },
  recentValues: [50, 51, 49, 50, 52, 50, 51, 49, 50, 50],
  signal: { sampleIntervalSeconds: 10, criticalLow: 0, criticalHigh: 100 },
  now,
};

describe('tagHealth', () => {
  it('reads ok for a fresh, varying value inside its limits', () => expect(tagHealth(base)).toBe('ok'));
  it('reads error when the connector reports the tag, whatever the data', () =>
    expect(tagHealth({ ...base, tagState: 'error' })).toBe('error'));
  it('reads no_data without any sample', () => expect(tagHealth({ ...base, latest: null })).toBe('no_data'));
  it('reads stale past the staleness window (max(60 s, 3 intervals))', () => {
    expect(tagHealth({ ...base, latest: { ts: new Date(now.getTime() - 59_000), value: 50 } })).toBe('ok');
    expect(tagHealth({ ...base, latest: { ts: new Date(now.getTime() - 61_000), value: 50 } })).toBe('stale');
  });
  it('reads out_of_range beyond a critical limit', () => {
    expect(tagHealth({ ...base, latest: { ts: base.latest!.ts, value: 101 } })).toBe('out_of_range');
    expect(tagHealth({ ...base, latest: { ts: base.latest!.ts, value: -1 } })).toBe('out_of_range');
  });
  it('reads flatlined only when the last samples are all equal and there are enough of them', () => {
    expect(tagHealth({ ...base, recentValues: Array(FLATLINE_SAMPLES).fill(50) })).toBe('flatlined');
    expect(tagHealth({ ...base, recentValues: Array(FLATLINE_SAMPLES - 1).fill(50) })).toBe('ok');
  });
});
