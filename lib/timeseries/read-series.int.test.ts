// Reads: raw when few samples, otherwise buckets chosen from range and target with correct
// min/max/avg/last; empty buckets stay absent; [from, to) bounds; bad ranges refused.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { ingestSamples } from '../ingest/ingest-samples';
import { chooseBucketSeconds, readSeries } from './read-series';
import { at, tenantWithSignals } from './timeseries-test-helpers';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const T0 = new Date('2026-11-01T00:00:00Z');
const NOW = new Date('2026-11-30T00:00:00Z');
const HOUR = 3600;
const DAY = 86_400;

describe('chooseBucketSeconds', () => {
  it('picks the smallest readable bucket that keeps within the target', () => {
    expect(chooseBucketSeconds(T0, at(T0, HOUR), 1000)).toBe(5); // 720 buckets
    expect(chooseBucketSeconds(T0, at(T0, DAY), 1000)).toBe(120); // 720
    expect(chooseBucketSeconds(T0, at(T0, 30 * DAY), 1000)).toBe(3600); // 720
    expect(chooseBucketSeconds(T0, at(T0, 365 * DAY), 2000)).toBe(21_600); // 1460
    expect(chooseBucketSeconds(T0, at(T0, 6 * HOUR), 6)).toBe(HOUR);
    expect(chooseBucketSeconds(T0, at(T0, 6 * HOUR + 1), 6)).toBe(2 * HOUR);
    expect(chooseBucketSeconds(T0, at(T0, 100 * 365 * DAY), 10)).toBe(7 * DAY); // the largest
  });
});

describe('readSeries', () => {
  it('returns raw samples in time order when the range holds at most targetPoints', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    await ingestSamples(
      tenantId,
      [3, 1, 2].map((i) => ({ signalId: id, ts: at(T0, i * 10), value: i })),
      { source: 'live', now: NOW },
    );
    expect(await readSeries(tenantId, id, { from: T0, to: at(T0, HOUR) })).toEqual({
      bucketSeconds: 0,
      points: [1, 2, 3].map((i) => ({ t: at(T0, i * 10), min: i, max: i, avg: i, last: i, count: 1 })),
    });
    // [from, to): a sample exactly at `to` is outside, one exactly at `from` inside.
    const bounded = await readSeries(tenantId, id, { from: at(T0, 10), to: at(T0, 30) });
    expect(bounded.points.map((p) => p.last)).toEqual([1, 2]);
  });

  it('downsamples into buckets with min/max/avg/last (last by time, not by write order) and leaves gaps empty', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    // Hour 0: 10 samples, value = minute; hour 3: 10 samples, 100 + minute. Written newest first.
    const samples = [];
    for (let m = 0; m < 10; m++) {
      samples.push({ signalId: id, ts: at(T0, m * 60), value: m });
      samples.push({ signalId: id, ts: at(T0, 3 * HOUR + m * 60), value: 100 + (m % 2 ? -m : m) });
    }
    await ingestSamples(tenantId, samples.reverse(), { source: 'live', now: NOW });

    const series = await readSeries(tenantId, id, { from: T0, to: at(T0, 6 * HOUR), targetPoints: 6 });
    expect(series.bucketSeconds).toBe(HOUR);
    const hour3 = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((m) => 100 + (m % 2 ? -m : m));
    expect(series.points).toEqual([
      { t: T0, min: 0, max: 9, avg: 4.5, last: 9, count: 10 },
      {
        t: at(T0, 3 * HOUR),
        min: Math.min(...hour3),
        max: Math.max(...hour3),
        avg: hour3.reduce((a, b) => a + b) / 10,
        last: 91,
        count: 10,
      },
    ]);
  });

  it('aligns buckets to fixed boundaries, not to the start of the range', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    await ingestSamples(
      tenantId,
      Array.from({ length: 20 }, (_, i) => ({ signalId: id, ts: at(T0, HOUR + i * 60), value: i })),
      { source: 'live', now: NOW },
    );
    const series = await readSeries(tenantId, id, { from: at(T0, 1800), to: at(T0, 7800), targetPoints: 2 });
    expect(series.bucketSeconds).toBe(HOUR);
    expect(series.points.map((p) => [p.t, p.count])).toEqual([[at(T0, HOUR), 20]]);
  });

  it('refuses an empty or reversed range and a bad target; an id that is not a UUID reads as empty', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    await expect(readSeries(tenantId, id, { from: T0, to: T0 })).rejects.toThrow(RangeError);
    await expect(readSeries(tenantId, id, { from: at(T0, 1), to: T0 })).rejects.toThrow(RangeError);
    await expect(readSeries(tenantId, id, { from: T0, to: at(T0, 1), targetPoints: 0 })).rejects.toThrow(RangeError);
    await expect(readSeries(tenantId, id, { from: T0, to: at(T0, 1), targetPoints: 1.5 })).rejects.toThrow(RangeError);
    expect(await readSeries(tenantId, 'XMEAS(1)', { from: T0, to: at(T0, 1) })).toEqual({
      bucketSeconds: 0,
      points: [],
    });
  });
});
