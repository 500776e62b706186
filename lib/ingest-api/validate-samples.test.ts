import { validateSamples } from './validate-samples';

const now = new Date('2026-12-01T06:00:00Z');
const clock = { now, futureToleranceSeconds: 300 };

describe('validateSamples', () => {
  it('turns valid items into readings (ISO with zone or epoch ms) and reports each bad item by index', () => {
    const result = validateSamples(
      [
        { tag: 'FIC-101.PV', ts: '2026-12-01T05:00:00+03:00', value: 1.5 },
        { tag: 'FIC-101.PV', ts: Date.parse('2026-12-01T05:59:00Z'), value: -2, quality: 'uncertain' },
        null,
        { tag: '', ts: '2026-12-01T05:00:00Z', value: 1 },
        { tag: 'A', ts: '2026-12-01T05:00:00', value: 1 }, // no zone: ambiguous
        { tag: 'A', ts: '2026-12-01T05:00:00Z', value: '1' },
        { tag: 'A', ts: '2026-12-01T05:00:00Z', value: 1, quality: 'GOOD' },
        { tag: 'A', ts: '2026-12-01T05:00:00Z', value: 1, unit: 'bar' },
        { tag: 'A', ts: '2026-12-01T07:00:00Z', value: 1 },
        { tag: 'A', ts: 0, value: 1 },
        { tag: 'A\u202e', ts: 0, value: 1 },
        { tag: 'A', ts: 1.5, value: 1 },
      ],
      clock,
    );
    expect(result.readings.slice(0, 2)).toEqual([
      { externalTag: 'FIC-101.PV', ts: new Date('2026-12-01T02:00:00Z'), value: 1.5, quality: 'good' },
      { externalTag: 'FIC-101.PV', ts: new Date('2026-12-01T05:59:00Z'), value: -2, quality: 'uncertain' },
    ]);
    expect(result.readings).toHaveLength(4); // the future and the 1970 ones are handed on (counted by ingest)
    expect(result.malformed).toBe(8);
    expect(result.errors).toEqual([
      { index: 2, code: 'invalid_sample' },
      { index: 3, code: 'invalid_tag' },
      { index: 4, code: 'invalid_timestamp' },
      { index: 5, code: 'invalid_value' },
      { index: 6, code: 'invalid_quality' },
      { index: 7, code: 'invalid_sample' },
      { index: 8, code: 'timestamp_in_future' },
      { index: 9, code: 'timestamp_too_old' },
      { index: 10, code: 'invalid_tag' },
      { index: 11, code: 'invalid_timestamp' },
    ]);
  });
});
