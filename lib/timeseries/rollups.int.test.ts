// Hourly rollups: kept exact by ingest through out-of-order, late and duplicate samples (reads of
// hour buckets equal the aggregate of the samples themselves), partial hours at the range's edges
// come from the samples, a rebuild gives the same rollups, and retention removes a month's rollups.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { pgPool } from '../db/pg-pool';
import { rebuildHourlyRollups } from '../db/sample-store';
import { detachSamplePartitionsBefore } from '../db/sample-partitions';
import { ingestSamples, type SampleInput } from '../ingest/ingest-samples';
import { readSeries } from './read-series';
import { at, tenantWithSignals } from './timeseries-test-helpers';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const T0 = new Date('2026-10-01T00:00:00Z');
const NOW = new Date('2026-11-30T00:00:00Z');
const HOUR = 3600;

/** Buckets computed from the samples table itself, the reference the rollups must match. */
async function fromSamples(tenantId: string, signalId: string, from: Date, to: Date, bucket: number) {
  const { rows } = await pgPool().query(
    `SELECT date_bin(make_interval(secs => $5), ts, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS t,
            min(value), max(value), avg(value), (array_agg(value ORDER BY ts DESC))[1] AS last, count(*)::int AS count
     FROM signal_samples WHERE tenant_id = $1 AND signal_id = $2 AND ts >= $3 AND ts < $4 GROUP BY 1 ORDER BY 1`,
    [tenantId, signalId, from.toISOString(), to.toISOString(), bucket],
  );
  return rows as { t: Date; min: number; max: number; avg: number; last: number; count: number }[];
}

function expectSame(actual: Awaited<ReturnType<typeof fromSamples>>, expected: typeof actual) {
  expect(actual.map((p) => ({ ...p, avg: Math.round(p.avg * 1e9) }))).toEqual(
    expected.map((p) => ({ ...p, avg: Math.round(p.avg * 1e9) })),
  );
}

/** A pseudo-random but repeatable value. */
const noise = (i: number) => Math.sin(i * 12.9898) * 43758.5453 - Math.floor(Math.sin(i * 12.9898) * 43758.5453);

describe('hourly rollups', () => {
  it('stay exact through out-of-order, late and duplicate batches', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(2);
    const [id, other] = signalIds as [string, string];
    const samples: SampleInput[] = [];
    for (let i = 0; i < 6 * 60; i++) {
      samples.push({ signalId: id, ts: at(T0, i * 60 + 7), value: Math.round(noise(i) * 1000) / 10 });
      samples.push({ signalId: other, ts: at(T0, i * 60 + 7), value: i });
    }
    // Shuffled into batches: the newest hours first, then the rest, then a re-send with other values.
    const shuffled = [...samples.slice(400), ...samples.slice(0, 400).reverse()];
    for (let i = 0; i < shuffled.length; i += 97) {
      await ingestSamples(tenantId, shuffled.slice(i, i + 97), { source: 'live', now: NOW });
    }
    const resent = samples.slice(100, 300).map((s) => ({ ...s, value: s.value + 1000 }));
    expect((await ingestSamples(tenantId, resent, { source: 'live', now: NOW })).duplicates).toBe(200);

    const from = T0;
    const to = at(T0, 6 * HOUR);
    for (const [bucket, target] of [
      [HOUR, 6],
      [2 * HOUR, 3],
      [6 * HOUR, 1],
    ] as const) {
      const series = await readSeries(tenantId, id, { from, to, targetPoints: target });
      expect(series.bucketSeconds).toBe(bucket);
      expectSame(series.points, await fromSamples(tenantId, id, from, to, bucket));
    }
  });

  it('take the partial hours at the edges of a range from the samples', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    await ingestSamples(
      tenantId,
      Array.from({ length: 4 * 60 }, (_, i) => ({ signalId: id, ts: at(T0, i * 60), value: i })),
      { source: 'live', now: NOW },
    );
    const from = at(T0, 30 * 60); // 00:30
    const to = at(T0, 2 * HOUR + 30 * 60); // 02:30
    const series = await readSeries(tenantId, id, { from, to, targetPoints: 3 });
    expect(series.bucketSeconds).toBe(HOUR);
    expect(series.points).toEqual([
      { t: T0, min: 30, max: 59, avg: 44.5, last: 59, count: 30 },
      { t: at(T0, HOUR), min: 60, max: 119, avg: 89.5, last: 119, count: 60 },
      { t: at(T0, 2 * HOUR), min: 120, max: 149, avg: 134.5, last: 149, count: 30 },
    ]);
    // A range inside one hour with a target that still asks for hour buckets reads samples only.
    const inner = await readSeries(tenantId, id, { from: at(T0, 65 * 60), to: at(T0, 115 * 60), targetPoints: 1 });
    expect(inner).toEqual({
      bucketSeconds: HOUR,
      points: [{ t: at(T0, HOUR), min: 65, max: 114, avg: 89.5, last: 114, count: 50 }],
    });
  });

  it('a rebuild from the samples gives the rollups ingest kept', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    const day = new Date('2026-09-10T00:00:00Z');
    await ingestSamples(
      tenantId,
      Array.from({ length: 500 }, (_, i) => ({ signalId: id, ts: at(day, 499 * 37 - i * 37), value: noise(i) })),
      { source: 'live', now: NOW },
    );
    const rollups = () =>
      pgPool()
        .query('SELECT * FROM signal_rollups_hourly WHERE tenant_id = $1 ORDER BY hour', [tenantId])
        .then((r) => r.rows.map((row) => ({ ...row, sum: Math.round(row.sum * 1e9) })));
    const kept = await rollups();
    expect(kept.length).toBeGreaterThan(3);
    await rebuildHourlyRollups(day, at(day, 86_400));
    expect(await rollups()).toEqual(kept);
  });

  it('retention removes the detached months’ rollups', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    await ingestSamples(
      tenantId,
      [
        { signalId: id, ts: new Date('2004-02-10T10:00:00Z'), value: 1 },
        { signalId: id, ts: new Date('2004-03-10T10:00:00Z'), value: 2 },
      ],
      { source: 'demo', now: NOW },
    );
    await detachSamplePartitionsBefore(new Date('2004-03-01T00:00:00Z'));
    const { rows } = await pgPool().query('SELECT hour FROM signal_rollups_hourly WHERE tenant_id = $1', [tenantId]);
    expect(rows).toEqual([{ hour: new Date('2004-03-10T10:00:00Z') }]);
  });
});
