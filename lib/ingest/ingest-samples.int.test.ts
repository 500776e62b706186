// Ingest: idempotent re-send, out-of-order and late samples, latest = newest timestamp, every
// rejection counted and nothing of it stored, partitions made for old backfills, tenant isolation.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { pgPool } from '../db/pg-pool';
import { attachedSamplePartitions, detachSamplePartitionsBefore } from '../db/sample-partitions';
import { readSeries } from '../timeseries/read-series';
import { latestValues } from '../timeseries/latest-values';
import { at, tenantWithSignals } from '../timeseries/timeseries-test-helpers';
import { ingestSamples, type IngestResult } from './ingest-samples';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const NOW = new Date('2026-11-30T12:00:00Z');
const noRejects = { future: 0, beforeMinimum: 0, unknownSignal: 0, invalid: 0 };
const result = (r: Partial<IngestResult>): IngestResult => ({
  received: 0,
  inserted: 0,
  duplicates: 0,
  ...r,
  rejected: { ...noRejects, ...r.rejected },
});

/** Every stored sample of a signal, oldest first, read straight from the table. */
async function stored(tenantId: string, signalId: string) {
  const { rows } = await pgPool().query(
    'SELECT ts, value, quality FROM signal_samples WHERE tenant_id = $1 AND signal_id = $2 ORDER BY ts',
    [tenantId, signalId],
  );
  return rows as { ts: Date; value: number; quality: string }[];
}

describe('ingestSamples', () => {
  it('re-sending a batch changes nothing: no rows, values or latest value move', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(2);
    const [a, b] = signalIds as [string, string];
    const batch = [
      { signalId: a, ts: at(NOW, -60), value: 1.5 },
      { signalId: a, ts: at(NOW, -30), value: 2.5, quality: 'uncertain' as const },
      { signalId: b, ts: at(NOW, -30), value: -7 },
    ];
    expect(await ingestSamples(tenantId, batch, { source: 'demo', now: NOW })).toEqual(
      result({ received: 3, inserted: 3 }),
    );
    const before = { a: await stored(tenantId, a), latest: await latestValues(tenantId, [a, b]) };

    expect(await ingestSamples(tenantId, batch, { source: 'live', now: NOW })).toEqual(
      result({ received: 3, duplicates: 3 }),
    );
    // Same timestamps with other values are duplicates too: the first stored value stays.
    const changed = batch.map((s) => ({ ...s, value: s.value + 100 }));
    expect(await ingestSamples(tenantId, changed, { source: 'live', now: NOW })).toEqual(
      result({ received: 3, duplicates: 3 }),
    );
    expect(await stored(tenantId, a)).toEqual(before.a);
    expect(before.a).toEqual([
      { ts: at(NOW, -60), value: 1.5, quality: 'good' },
      { ts: at(NOW, -30), value: 2.5, quality: 'uncertain' },
    ]);
    expect(await latestValues(tenantId, [a, b])).toEqual(before.latest);
    expect(before.latest.get(b)).toMatchObject({ value: -7, source: 'demo' });
  });

  it('counts duplicates inside one batch once', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const s = { signalId: signalIds[0]!, ts: at(NOW, -5), value: 3 };
    expect(await ingestSamples(tenantId, [s, s, { ...s, value: 4 }], { source: 'live', now: NOW })).toEqual(
      result({ received: 3, inserted: 1, duplicates: 2 }),
    );
  });

  it('accepts out-of-order and late samples; latest is the newest timestamp, not the last written', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    // One batch out of order: the newest sample comes first.
    await ingestSamples(
      tenantId,
      [
        { signalId: id, ts: at(NOW, -10), value: 10 },
        { signalId: id, ts: at(NOW, -30), value: 30 },
        { signalId: id, ts: at(NOW, -20), value: 20 },
      ],
      { source: 'live', now: NOW },
    );
    // A late sample, written last, a day older than the rest.
    expect(
      await ingestSamples(tenantId, [{ signalId: id, ts: at(NOW, -86_400), value: 99 }], { source: 'demo', now: NOW }),
    ).toEqual(result({ received: 1, inserted: 1 }));

    expect((await stored(tenantId, id)).map((r) => r.value)).toEqual([99, 30, 20, 10]);
    const latest = (await latestValues(tenantId, [id])).get(id)!;
    expect(latest).toMatchObject({ signalId: id, ts: at(NOW, -10), value: 10, quality: 'good', source: 'live' });
    expect(latest.receivedAt).toBeInstanceOf(Date);

    // A newer sample moves it forward, with its own quality and source.
    await ingestSamples(tenantId, [{ signalId: id, ts: at(NOW, -1), value: 1, quality: 'bad' }], {
      source: 'demo',
      now: NOW,
    });
    expect((await latestValues(tenantId, [id])).get(id)).toMatchObject({
      ts: at(NOW, -1),
      value: 1,
      quality: 'bad',
      source: 'demo',
    });
  });

  it('rejects and counts future, pre-2000, non-finite, malformed and unknown samples, storing none of them', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const other = await tenantWithSignals(1);
    const id = signalIds[0]!;
    const samples = [
      { signalId: id, ts: at(NOW, 299), value: 1 }, // inside the 5-minute tolerance: stored
      { signalId: id, ts: at(NOW, 301), value: 2 }, // future
      { signalId: id, ts: new Date('1999-12-31T23:59:59Z'), value: 3 }, // beforeMinimum
      { signalId: id, ts: new Date('2000-01-01T00:00:00Z'), value: 4 }, // the minimum itself: stored
      { signalId: id, ts: at(NOW, -1), value: NaN }, // invalid
      { signalId: id, ts: at(NOW, -2), value: Infinity }, // invalid
      { signalId: id, ts: new Date('not a date'), value: 5 }, // invalid
      { signalId: id, ts: at(NOW, -3), value: '6' as unknown as number }, // invalid
      { signalId: id, ts: at(NOW, -4), value: 7, quality: 'excellent' as 'good' }, // invalid
      { signalId: other.signalIds[0]!, ts: at(NOW, -5), value: 8 }, // another tenant's signal
      { signalId: '00000000-0000-4000-8000-000000000000', ts: at(NOW, -6), value: 9 }, // unknown
      { signalId: 'XMEAS(1)', ts: at(NOW, -7), value: 10 }, // not an id
    ];
    expect(await ingestSamples(tenantId, samples, { source: 'live', now: NOW })).toEqual(
      result({
        received: 12,
        inserted: 2,
        rejected: { future: 1, beforeMinimum: 1, invalid: 5, unknownSignal: 3 },
      }),
    );
    expect((await stored(tenantId, id)).map((r) => r.value)).toEqual([4, 1]);
    expect(await stored(other.tenantId, other.signalIds[0]!)).toEqual([]);
    expect(await latestValues(other.tenantId, other.signalIds)).toEqual(new Map());
  });

  it('takes the future tolerance from the options, else INGEST_FUTURE_TOLERANCE_SECONDS', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const s = { signalId: signalIds[0]!, ts: at(NOW, 120), value: 1 };
    expect(
      (await ingestSamples(tenantId, [s], { source: 'live', now: NOW, futureToleranceSeconds: 60 })).rejected.future,
    ).toBe(1);
    expect((await ingestSamples(tenantId, [s], { source: 'live', now: NOW })).inserted).toBe(1);
  });

  it('creates the monthly partitions an old backfill needs (only months with samples), and detaches old ones', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    const old = (await attachedSamplePartitions()).filter((p) => p.startsWith('signal_samples_p2003'));
    expect(old).toEqual([]);
    const backfill = [
      { signalId: id, ts: new Date('2003-05-31T23:59:59Z'), value: 1 },
      { signalId: id, ts: new Date('2003-06-15T00:00:00Z'), value: 2 },
      { signalId: id, ts: new Date('2003-09-01T00:00:00Z'), value: 3 },
    ];
    expect((await ingestSamples(tenantId, backfill, { source: 'demo', now: NOW })).inserted).toBe(3);
    const made = (await attachedSamplePartitions()).filter((p) => p.startsWith('signal_samples_p2003'));
    expect(made).toEqual(['signal_samples_p2003_05', 'signal_samples_p2003_06', 'signal_samples_p2003_09']);

    // Every month ending by the cutoff goes (other tests of this file may have made 2000-01).
    const detached = await detachSamplePartitionsBefore(new Date('2003-07-01T00:00:00Z'));
    expect(detached.filter((p) => p.startsWith('signal_samples_p2003'))).toEqual([
      'signal_samples_p2003_05',
      'signal_samples_p2003_06',
    ]);
    expect(detached.every((p) => p < 'signal_samples_p2003_07')).toBe(true);
    expect(await attachedSamplePartitions()).toContain('signal_samples_p2003_09');
    expect((await stored(tenantId, id)).map((r) => r.value)).toEqual([3]);
  });

  it('keeps tenants apart: reads and latest values of another tenant’s signal are empty', async () => {
    const a = await tenantWithSignals(1);
    const b = await tenantWithSignals(1);
    const idA = a.signalIds[0]!;
    await ingestSamples(a.tenantId, [{ signalId: idA, ts: at(NOW, -1), value: 42 }], { source: 'live', now: NOW });
    const range = { from: at(NOW, -3600), to: NOW };
    expect((await readSeries(a.tenantId, idA, range)).points).toHaveLength(1);
    expect(await readSeries(b.tenantId, idA, range)).toEqual({ bucketSeconds: 0, points: [] });
    expect((await latestValues(a.tenantId, [idA])).get(idA)?.value).toBe(42);
    expect(await latestValues(b.tenantId, [idA])).toEqual(new Map());
    // Tenant B cannot write into A's signal either.
    expect(
      (await ingestSamples(b.tenantId, [{ signalId: idA, ts: at(NOW, -2), value: 1 }], { source: 'live', now: NOW }))
        .rejected.unknownSignal,
    ).toBe(1);
    expect((await stored(a.tenantId, idA)).map((r) => r.value)).toEqual([42]);
  });

  it('records the provenance of the newest sample: integration and external tag, moved only by a newer sample', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    const integrationId = '11111111-1111-4111-8111-111111111111';
    const provenance = async () =>
      (
        await pgPool().query(
          'SELECT ts, integration_id, external_tag FROM signal_latest WHERE tenant_id = $1 AND signal_id = $2',
          [tenantId, id],
        )
      ).rows[0] as { ts: Date; integration_id: string | null; external_tag: string | null };
    const newest = { signalId: id, ts: at(NOW, -10), value: 1, externalTag: 'ns=2;s=Reactor.Pressure' };
    const older = { signalId: id, ts: at(NOW, -20), value: 2, externalTag: 'plant/old\'tag"{x}' };
    expect((await ingestSamples(tenantId, [older, newest], { source: 'live', now: NOW, integrationId })).inserted).toBe(
      2,
    );
    expect(await provenance()).toEqual({
      ts: at(NOW, -10),
      integration_id: integrationId,
      external_tag: 'ns=2;s=Reactor.Pressure',
    });

    // A late sample from elsewhere leaves it; a newer direct write (no integration) clears it.
    await ingestSamples(tenantId, [{ ...older, ts: at(NOW, -30), externalTag: 'late' }], { source: 'live', now: NOW });
    expect((await provenance()).external_tag).toBe('ns=2;s=Reactor.Pressure');
    await ingestSamples(tenantId, [{ signalId: id, ts: at(NOW, -1), value: 3 }], { source: 'demo', now: NOW });
    expect(await provenance()).toEqual({ ts: at(NOW, -1), integration_id: null, external_tag: null });

    // Special characters in a tag survive as they are.
    await ingestSamples(tenantId, [{ ...older, ts: NOW }], { source: 'live', now: NOW, integrationId });
    expect((await provenance()).external_tag).toBe('plant/old\'tag"{x}');
    await expect(
      ingestSamples(tenantId, [newest], { source: 'live', now: NOW, integrationId: 'not-a-uuid' }),
    ).rejects.toThrow('integrationId');
  });
});
