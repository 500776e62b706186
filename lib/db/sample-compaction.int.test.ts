// Compaction of closed hours: readers see exactly what they saw before; late samples into compacted
// hours are stored once and merged by the next run; re-sent batches stay duplicates; a second run
// changes nothing; ingest running during compaction loses and doubles nothing; recent samples and
// other months are left alone; an emptied month is truncated.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { ingestSamples, type SampleInput } from '../ingest/ingest-samples';
import { readSeries } from '../timeseries/read-series';
import { latestValues } from '../timeseries/latest-values';
import { at, tenantWithSignals } from '../timeseries/timeseries-test-helpers';
import { pgPool } from './pg-pool';
import { compactSamplesBefore } from './sample-compaction';
import { detachSamplePartitionsBefore } from './sample-partitions';
import { compactConfiguredAge } from '../../worker/jobs/sample-compaction';

jest.setTimeout(120_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const T0 = new Date('2026-10-05T00:00:00Z');
const NOW = new Date('2026-11-30T00:00:00Z');
const HOUR = 3600;
const DAY = 86_400;
const live = { source: 'live' as const, now: NOW };

/** Every stored sample of a signal (raw and compacted), oldest first, with where it is stored. */
async function stored(tenantId: string, signalId: string) {
  const { rows } = await pgPool().query<{ ts: Date; value: number; quality: string; raw: boolean }>(
    `SELECT ts, value, quality::text, true AS raw FROM signal_samples WHERE tenant_id = $1 AND signal_id = $2
     UNION ALL
     SELECT c.hour + u.o * INTERVAL '1 microsecond', u.v,
            CASE u.q WHEN 'u' THEN 'uncertain' WHEN 'b' THEN 'bad' ELSE 'good' END, false
     FROM signal_samples_compact c
     CROSS JOIN LATERAL unnest(c.offsets_us, c.sample_values, string_to_array(c.qualities, NULL)) AS u(o, v, q)
     WHERE c.tenant_id = $1 AND c.signal_id = $2
     ORDER BY 1`,
    [tenantId, signalId],
  );
  return rows;
}
const withoutPlace = (rows: Awaited<ReturnType<typeof stored>>) => rows.map(({ raw: _raw, ...r }) => r);

async function rollups(tenantId: string, signalId: string) {
  const { rows } = await pgPool().query(
    'SELECT hour, min, max, sum, count, last_ts, last_value FROM signal_rollups_hourly WHERE tenant_id = $1 AND signal_id = $2 ORDER BY hour',
    [tenantId, signalId],
  );
  return rows;
}

/** Everything a reader can see of a signal: raw, sub-hour, hourly (with partial edge hours), daily reads. */
async function everyRead(tenantId: string, signalId: string) {
  const ranges = [
    { from: at(T0, 600), to: at(T0, 1800) }, // raw
    { from: at(T0, 1234), to: at(T0, 2 * DAY + 567), targetPoints: 1000 }, // 5-minute buckets
    { from: at(T0, 1234), to: at(T0, 3 * DAY + 567), targetPoints: 60 }, // 2-hour buckets: rollups + edges
    { from: at(T0, -DAY), to: at(T0, 40 * DAY), targetPoints: 100 }, // 12-hour buckets across two months
    { from: at(T0, DAY + 1800), to: at(T0, DAY + 1801) }, // inside one compacted hour
  ];
  return Promise.all(ranges.map((r) => readSeries(tenantId, signalId, r)));
}

/** Samples every `step` s over `days` days from T0 for the signals, skipping hours 5–7 of each day (gaps). */
function samplesOf(signalIds: string[], days: number, step: number, start = T0): SampleInput[] {
  const samples: SampleInput[] = [];
  for (let s = 0; s < days * DAY; s += step) {
    if (Math.floor((s % DAY) / HOUR) >= 5 && Math.floor((s % DAY) / HOUR) < 8) continue;
    signalIds.forEach((signalId, k) =>
      samples.push({
        signalId,
        ts: new Date(start.getTime() + s * 1000 + k), // signals k ms apart
        value: 50 + 10 * Math.sin(s / 5000 + k) + (s % 7) / 3,
        quality: s % 11 === 0 ? 'uncertain' : s % 13 === 0 ? 'bad' : 'good',
      }),
    );
  }
  return samples;
}

describe('compactSamplesBefore', () => {
  it('moves closed hours into one row per signal and hour; every read and the rollups stay exactly the same', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(2);
    const [a, b] = signalIds as [string, string];
    // 3 days in October and a day in November (another partition), plus a sample at 23:59:59.999.
    const samples = [
      ...samplesOf(signalIds, 3, 37),
      ...samplesOf([a], 1, 600, new Date('2026-11-02T00:00:00Z')),
      { signalId: b, ts: new Date(T0.getTime() + DAY * 1000 - 1), value: -1.5, quality: 'bad' as const },
    ];
    await ingestSamples(tenantId, samples, live);
    const before = {
      reads: await everyRead(tenantId, a),
      stored: await stored(tenantId, a),
      rollups: await rollups(tenantId, a),
    };
    const storedB = await stored(tenantId, b);
    expect(before.stored.every((r) => r.raw)).toBe(true);

    const result = await compactSamplesBefore(NOW);
    expect(result.samples).toBeGreaterThanOrEqual(samples.length);
    expect(await everyRead(tenantId, a)).toEqual(before.reads);
    const after = await stored(tenantId, a);
    expect(withoutPlace(after)).toEqual(withoutPlace(before.stored));
    expect(after.every((r) => !r.raw)).toBe(true);
    expect(withoutPlace(await stored(tenantId, b))).toEqual(withoutPlace(storedB));
    expect(await rollups(tenantId, a)).toEqual(before.rollups);

    const { rows } = await pgPool().query(
      `SELECT count(*)::int AS rows, sum(count)::int AS samples, bool_and(count = cardinality(offsets_us)) AS counted,
              bool_and(hour = date_bin(INTERVAL '1 hour', hour, TIMESTAMPTZ '2000-01-01Z')) AS aligned
       FROM signal_samples_compact WHERE tenant_id = $1 AND signal_id = $2`,
      [tenantId, a],
    );
    // 3 days × 21 hours with samples (3 hours a day are a gap) + 21 hours in November
    expect(rows[0]).toEqual({ rows: 84, samples: before.stored.length, counted: true, aligned: true });
  });

  it('stores a late sample into a compacted hour once, reads it, and merges it on the next run', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    await ingestSamples(tenantId, samplesOf(signalIds, 1, 60), live);
    await compactSamplesBefore(NOW);
    const late = { signalId: id, ts: at(T0, 2 * HOUR + 30), value: 1234.5 };

    expect(await ingestSamples(tenantId, [late, late], live)).toMatchObject({ inserted: 1, duplicates: 1 });
    expect(await ingestSamples(tenantId, [late], live)).toMatchObject({ inserted: 0, duplicates: 1 });
    const hour = { from: at(T0, 2 * HOUR), to: at(T0, 3 * HOUR) };
    const read = await readSeries(tenantId, id, hour);
    expect(read.points).toHaveLength(61);
    expect(read.points[1]).toMatchObject({ t: late.ts, last: 1234.5 });
    const [rollup] = (await rollups(tenantId, id)).filter((r) => r.hour.getTime() === hour.from.getTime());
    expect(rollup).toMatchObject({ count: 61, max: 1234.5 });

    expect(await compactSamplesBefore(NOW)).toMatchObject({ samples: 1, hours: 1 });
    const all = await stored(tenantId, id);
    expect(all.filter((r) => r.ts.getTime() === late.ts.getTime())).toEqual([
      { ts: late.ts, value: 1234.5, quality: 'good', raw: false },
    ]);
    expect(all.every((r) => !r.raw)).toBe(true);
    expect(await readSeries(tenantId, id, hour)).toEqual(read);
    expect(await ingestSamples(tenantId, [late], live)).toMatchObject({ inserted: 0, duplicates: 1 });
  });

  it('counts a re-sent compacted batch as duplicates and changes nothing (samples, rollups, latest)', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(2);
    const batch = samplesOf(signalIds, 2, 90);
    await ingestSamples(tenantId, batch, live);
    await compactSamplesBefore(NOW);
    const before = await Promise.all(
      signalIds.map(async (id) => [
        await stored(tenantId, id),
        await rollups(tenantId, id),
        await everyRead(tenantId, id),
      ]),
    );
    const latest = await latestValues(tenantId, signalIds);

    const again = await ingestSamples(
      tenantId,
      batch.map((s) => ({ ...s, value: s.value + 1 })),
      live,
    );
    expect(again).toMatchObject({ received: batch.length, inserted: 0, duplicates: batch.length });
    const after = await Promise.all(
      signalIds.map(async (id) => [
        await stored(tenantId, id),
        await rollups(tenantId, id),
        await everyRead(tenantId, id),
      ]),
    );
    expect(after).toEqual(before);
    expect(await latestValues(tenantId, signalIds)).toEqual(latest);
  });

  it('changes nothing when run twice, and leaves samples younger than a day raw', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    const recent = new Date(Math.floor(Date.now() / 1000) * 1000 - 3 * HOUR * 1000);
    await ingestSamples(tenantId, samplesOf(signalIds, 1, 120), live);
    await ingestSamples(tenantId, [{ signalId: id, ts: recent, value: 7 }], { source: 'live' });
    await compactSamplesBefore(new Date());
    const snapshot = async () => {
      const { rows } = await pgPool().query(
        'SELECT * FROM signal_samples_compact WHERE tenant_id = $1 ORDER BY signal_id, hour',
        [tenantId],
      );
      return { compact: rows, stored: await stored(tenantId, id) };
    };
    const first = await snapshot();

    const second = await compactSamplesBefore(new Date());
    expect(second).toMatchObject({ samples: 0, hours: 0, truncated: [] });
    expect(second.cutoff.getTime()).toBeLessThanOrEqual(Date.now() - DAY * 1000);
    expect(await snapshot()).toEqual(first);
    expect(first.stored.filter((r) => r.raw)).toEqual([{ ts: recent, value: 7, quality: 'good', raw: true }]);
  });

  it('loses and doubles nothing while ingest of new and re-sent late samples runs during compaction', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(12);
    const start = new Date('2026-09-10T00:00:00Z');
    const original = samplesOf(signalIds, 3, 120, start);
    await ingestSamples(tenantId, original, live);
    // 40 batches, each with 30 new samples (between the stored ones) and 30 re-sent ones.
    const batches = Array.from({ length: 40 }, (_, n) =>
      Array.from({ length: 30 }, (_, j) => {
        const source = original[(n * 997 + j * 389) % original.length]!;
        return [{ ...source, ts: new Date(source.ts.getTime() + 60_000 + n), value: n * 100 + j }, source];
      }).flat(),
    );
    let inserted = 0;
    let duplicates = 0;
    const ingestAll = async () => {
      for (const batch of batches) {
        const r = await ingestSamples(tenantId, batch, live);
        inserted += r.inserted;
        duplicates += r.duplicates;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    const [compaction] = await Promise.all([compactSamplesBefore(NOW), ingestAll()]);
    expect(compaction.samples).toBeGreaterThan(0);
    expect({ inserted, duplicates }).toEqual({ inserted: 40 * 30, duplicates: 40 * 30 });
    await compactSamplesBefore(NOW);

    const expected = [...original, ...batches.flatMap((b) => b.filter((_, i) => i % 2 === 0))];
    for (const id of signalIds) {
      const want = expected
        .filter((s) => s.signalId === id)
        .map((s) => ({ ts: s.ts, value: s.value, quality: s.quality ?? 'good', raw: false }))
        .sort((x, y) => x.ts.getTime() - y.ts.getTime());
      expect(await stored(tenantId, id)).toEqual(want);
      const counted = (await rollups(tenantId, id)).reduce((sum, r) => sum + r.count, 0);
      expect(counted).toBe(want.length);
    }
  });

  it('truncates a month partition once all of it is compacted, and keeps reading it', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    const august = new Date('2026-08-03T00:00:00Z');
    await ingestSamples(tenantId, samplesOf(signalIds, 1, 300, august), live);
    const before = await readSeries(tenantId, id, { from: august, to: at(august, DAY), targetPoints: 24 });

    const result = await compactSamplesBefore(NOW);
    expect(result.truncated).toContain('signal_samples_p2026_08');
    const { rows } = await pgPool().query(`SELECT pg_relation_size('signal_samples_p2026_08')::int AS bytes`);
    expect(rows[0].bytes).toBe(0);
    expect(await readSeries(tenantId, id, { from: august, to: at(august, DAY), targetPoints: 24 })).toEqual(before);
  });

  it('the timeseries.compact job compacts what is older than the configured days, not what is younger', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    const now = new Date();
    const daysAgo = (d: number) => new Date(Math.floor(now.getTime() / 1000) * 1000 - d * DAY * 1000);
    await ingestSamples(
      tenantId,
      [
        { signalId: id, ts: daysAgo(8), value: 8 },
        { signalId: id, ts: daysAgo(6), value: 6 },
      ],
      { source: 'live' },
    );
    await compactConfiguredAge(now, 7);
    expect((await stored(tenantId, id)).map((r) => [r.value, r.raw])).toEqual([
      [8, false],
      [6, true],
    ]);
  });

  it('retention takes a compacted month out with its partition, into a table of its own', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    const march = new Date('2003-03-10T00:00:00Z');
    await ingestSamples(tenantId, samplesOf(signalIds, 1, 600, march), live);
    await compactSamplesBefore(NOW);
    const compacted = await stored(tenantId, id);
    expect(compacted.length).toBeGreaterThan(0);

    expect(await detachSamplePartitionsBefore(new Date('2003-04-01T00:00:00Z'))).toEqual([
      'signal_samples_p2003_03',
      'signal_samples_compact_p2003_03',
    ]);
    expect(await stored(tenantId, id)).toEqual([]);
    expect((await readSeries(tenantId, id, { from: march, to: at(march, DAY) })).points).toEqual([]);
    const { rows } = await pgPool().query(
      'SELECT sum(count)::int AS samples FROM signal_samples_compact_p2003_03 WHERE tenant_id = $1',
      [tenantId],
    );
    expect(rows[0].samples).toBe(compacted.length);
  });
});
