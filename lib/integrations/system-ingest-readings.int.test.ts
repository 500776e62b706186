// The one ingest path of every source: mapping, conversion, deadband, duplicates, late data,
// unmapped tags, counters, rate, cursor and tenant isolation, with exact counts on real Postgres.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { pgPool } from '../db/pg-pool';
import { db } from '../db/client';
import { latestValues } from '../timeseries/latest-values';
import { at } from '../timeseries/timeseries-test-helpers';
import { addMapping, bumpRevision, integrationRow, integrationWorld } from '../test/system-integration-fixtures';
import type { Reading } from '../connectors/connector';
import {
  forgetIngestMappings,
  ingestReadings,
  IntegrationNotFoundError,
  type ReadingsResult,
} from './system-ingest-readings';
import { samplesPerMinute } from './ingest-rate';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const NOW = new Date('2026-11-30T12:00:30Z');
const reading = (
  externalTag: string,
  seconds: number,
  value: number,
  quality: Reading['quality'] = 'good',
): Reading => ({
  externalTag,
  ts: at(NOW, seconds),
  value,
  quality,
});
const counts = (r: Partial<ReadingsResult>): ReadingsResult => ({
  received: 0,
  inserted: 0,
  duplicates: 0,
  unmapped: 0,
  belowDeadband: 0,
  unitRefused: 0,
  ...r,
  rejected: { future: 0, beforeMinimum: 0, unknownSignal: 0, invalid: 0, ...r.rejected },
});

async function stored(tenantId: string, signalId: string) {
  const { rows } = await pgPool().query<{ ts: Date; value: number; quality: string }>(
    'SELECT ts, value, quality FROM signal_samples WHERE tenant_id = $1 AND signal_id = $2 ORDER BY ts',
    [tenantId, signalId],
  );
  return rows;
}

const counters = async (tenantId: string, integrationId: string) => {
  const row = await integrationRow(tenantId, integrationId);
  return {
    received: Number(row.samplesReceived),
    inserted: Number(row.samplesInserted),
    duplicates: Number(row.samplesDuplicate),
    future: Number(row.samplesRejectedFuture),
    old: Number(row.samplesRejectedOld),
    invalid: Number(row.samplesRejectedInvalid),
    unmapped: Number(row.samplesUnmapped),
  };
};

describe('ingestReadings', () => {
  it('a re-sent batch is all duplicates; counters, last data, cursor and provenance are exact', async () => {
    const { tenantId, integrationId, signalIds } = await integrationWorld({ units: [null, null] });
    const [a, b] = signalIds as [string, string];
    await addMapping(tenantId, integrationId, { externalTag: 'plant/a', signalId: a });
    await addMapping(tenantId, integrationId, { externalTag: 'plant/b', signalId: b });
    const batch = [reading('plant/a', -30, 1), reading('plant/a', -20, 2), reading('plant/b', -20, 3)];
    const ref = { tenantId, integrationId };

    expect(await ingestReadings(ref, batch, { now: NOW, cursor: 'c1' })).toEqual(counts({ received: 3, inserted: 3 }));
    expect(await ingestReadings(ref, batch, { now: NOW, cursor: 'c2' })).toEqual(
      counts({ received: 3, duplicates: 3 }),
    );
    expect((await stored(tenantId, a)).map((r) => r.value)).toEqual([1, 2]);
    expect(await counters(tenantId, integrationId)).toEqual({
      received: 6,
      inserted: 3,
      duplicates: 3,
      future: 0,
      old: 0,
      invalid: 0,
      unmapped: 0,
    });
    const row = await integrationRow(tenantId, integrationId);
    expect(row.cursor).toBe('c2');
    expect(row.lastDataAt).toEqual(NOW);
    const mappings = await db().externalSignalMapping.findMany({ where: { tenantId, integrationId } });
    expect(mappings.map((m) => m.lastSeenAt)).toEqual([NOW, NOW]);
    const { rows } = await pgPool().query(
      'SELECT source, integration_id, external_tag FROM signal_latest WHERE tenant_id = $1 AND signal_id = $2',
      [tenantId, a],
    );
    expect(rows).toEqual([{ source: 'live', integration_id: integrationId, external_tag: 'plant/a' }]);
    expect(await samplesPerMinute(tenantId, [integrationId, b], NOW)).toEqual(
      new Map([
        [integrationId, 3 / 5],
        [b, 0],
      ]),
    );
    // Five minutes later the window has moved past the batch.
    expect((await samplesPerMinute(tenantId, [integrationId], at(NOW, 300))).get(integrationId)).toBe(0);
  });

  it('out-of-order batch plus a late point: latest is the newest timestamp on 20 repeated reads', async () => {
    const { tenantId, integrationId, signalIds } = await integrationWorld();
    const id = signalIds[0]!;
    await addMapping(tenantId, integrationId, { externalTag: 'ns=2;s=T1', signalId: id });
    const ref = { tenantId, integrationId };
    const outOfOrder = [reading('ns=2;s=T1', -10, 10), reading('ns=2;s=T1', -40, 40), reading('ns=2;s=T1', -25, 25)];
    expect((await ingestReadings(ref, outOfOrder, { now: NOW })).inserted).toBe(3);
    expect((await ingestReadings(ref, [reading('ns=2;s=T1', -3600, 99)], { now: NOW })).inserted).toBe(1);
    for (let i = 0; i < 20; i++) {
      expect((await latestValues(tenantId, [id])).get(id)).toMatchObject({ ts: at(NOW, -10), value: 10 });
    }
    expect((await stored(tenantId, id)).map((r) => r.value)).toEqual([99, 40, 25, 10]);
  });

  it('records unmapped tags with their newest value and count, and maps them once a mapping exists', async () => {
    const { tenantId, integrationId, signalIds } = await integrationWorld();
    const ref = { tenantId, integrationId };
    const batch = [reading('line/x', -5, 5), reading('line/x', -9, 9), reading('line/y', -1, 1)];
    expect(await ingestReadings(ref, batch, { now: NOW })).toEqual(counts({ received: 3, unmapped: 3 }));
    expect(await ingestReadings(ref, [reading('line/x', -7, 7)], { now: NOW })).toEqual(
      counts({ received: 1, unmapped: 1 }),
    );
    const seen = await db().integrationTagSeen.findMany({
      where: { tenantId, integrationId },
      orderBy: { externalTag: 'asc' },
    });
    expect(seen.map((t) => [t.externalTag, t.lastValue, t.lastTs, Number(t.count), t.lastSeenAt])).toEqual([
      ['line/x', 5, at(NOW, -5), 3, NOW],
      ['line/y', 1, at(NOW, -1), 1, NOW],
    ]);
    expect((await counters(tenantId, integrationId)).unmapped).toBe(4);
    expect((await integrationRow(tenantId, integrationId)).lastDataAt).toEqual(NOW);

    // Mapping it (the API bumps the revision) takes effect on the next batch.
    await addMapping(tenantId, integrationId, { externalTag: 'line/x', signalId: signalIds[0]! });
    expect(await ingestReadings(ref, [reading('line/x', -2, 2)], { now: NOW })).toEqual(
      counts({ received: 1, inserted: 1 }),
    );
  });

  it('applies scale and offset, converts to the signal unit, and counts refused units', async () => {
    const { tenantId, integrationId, signalIds } = await integrationWorld({ units: ['kPa', '°C', 'kPa'] });
    const [pressure, temperature, refused] = signalIds as [string, string, string];
    await addMapping(tenantId, integrationId, { externalTag: 'p', signalId: pressure, sourceUnit: 'bar' });
    await addMapping(tenantId, integrationId, {
      externalTag: 't',
      signalId: temperature,
      sourceUnit: '°F',
      scale: 0.1, // the source sends tenths of a degree
      offset: 0,
    });
    await addMapping(tenantId, integrationId, { externalTag: 'r', signalId: refused, sourceUnit: 'degC' });
    const result = await ingestReadings(
      { tenantId, integrationId },
      [reading('p', -1, 2.5), reading('t', -1, 2120), reading('r', -1, 1), reading('r', -2, 2)],
      { now: NOW },
    );
    expect(result).toEqual(counts({ received: 4, inserted: 2, unitRefused: 2 }));
    expect((await stored(tenantId, pressure))[0]!.value).toBeCloseTo(250, 9);
    expect((await stored(tenantId, temperature))[0]!.value).toBeCloseTo(100, 9);
    expect(await stored(tenantId, refused)).toEqual([]);
    expect((await counters(tenantId, integrationId)).invalid).toBe(2);
  });

  it('skips values within the deadband of the last stored one, also after a restart; late points and quality changes pass', async () => {
    const { tenantId, integrationId, signalIds } = await integrationWorld();
    const id = signalIds[0]!;
    await addMapping(tenantId, integrationId, { externalTag: 'v', signalId: id, deadband: 0.5 });
    const ref = { tenantId, integrationId };
    const batch = [
      reading('v', -50, 10),
      reading('v', -40, 10.4), // within 0.5 of 10: skipped
      reading('v', -30, 10.6), // 0.6 from the last stored (10): stored
      reading('v', -20, 10.9), // within 0.5 of 10.6: skipped
      reading('v', -15, 10.9, 'bad'), // quality changed: stored
    ];
    expect(await ingestReadings(ref, [...batch].reverse(), { now: NOW })).toEqual(
      counts({ received: 5, inserted: 3, belowDeadband: 2 }),
    );
    forgetIngestMappings(); // a worker restart: the last stored value comes from signal_latest
    expect(
      await ingestReadings(
        ref,
        [reading('v', -10, 11.2, 'bad'), reading('v', -60, 10), reading('v', -5, 11.5, 'bad')],
        {
          now: NOW,
        },
      ),
    ).toEqual(counts({ received: 3, inserted: 2, belowDeadband: 1 }));
    expect((await stored(tenantId, id)).map((r) => [r.value, r.quality])).toEqual([
      [10, 'good'],
      [10, 'good'],
      [10.6, 'good'],
      [10.9, 'bad'],
      [11.5, 'bad'],
    ]);
    // A re-sent batch is duplicates, not deadband skips, once its points are stored.
    expect((await ingestReadings(ref, [reading('v', -5, 11.5, 'bad')], { now: NOW })).duplicates).toBe(1);
  });

  it('counts future, ancient and invalid readings per integration, mapped or not, and stores none of them', async () => {
    const { tenantId, integrationId, signalIds } = await integrationWorld();
    await addMapping(tenantId, integrationId, { externalTag: 'm', signalId: signalIds[0]! });
    const batch = [
      reading('m', 3600, 1),
      reading('u', 3600, 1),
      { ...reading('m', 0, 1), ts: new Date('1970-01-01T00:00:00Z') },
      { ...reading('u', 0, 1), ts: new Date('1999-01-01T00:00:00Z') },
      reading('m', -1, NaN),
      reading('u', -1, Infinity),
      reading('m', -1, 1, 'excellent' as 'good'),
    ];
    expect(await ingestReadings({ tenantId, integrationId }, batch, { now: NOW })).toEqual(
      counts({ received: 7, rejected: { future: 2, beforeMinimum: 2, invalid: 3, unknownSignal: 0 } }),
    );
    expect(await counters(tenantId, integrationId)).toMatchObject({
      received: 7,
      future: 2,
      old: 2,
      invalid: 3,
      unmapped: 0,
    });
    expect(await db().integrationTagSeen.count({ where: { tenantId, integrationId } })).toBe(0);
    expect((await integrationRow(tenantId, integrationId)).lastDataAt).toBeNull();
  });

  it('writes the demo replay with source demo', async () => {
    const { tenantId, integrationId, signalIds } = await integrationWorld({ kind: 'demo' });
    await addMapping(tenantId, integrationId, { externalTag: 'XMEAS(1)', signalId: signalIds[0]! });
    await ingestReadings({ tenantId, integrationId }, [reading('XMEAS(1)', -1, 1)], { now: NOW });
    expect((await latestValues(tenantId, signalIds)).get(signalIds[0]!)).toMatchObject({ source: 'demo' });
  });

  it('never writes across tenants: another tenant’s integration is not found and nothing moves', async () => {
    const mine = await integrationWorld();
    const theirs = await integrationWorld();
    await addMapping(theirs.tenantId, theirs.integrationId, { externalTag: 'x', signalId: theirs.signalIds[0]! });
    await bumpRevision(theirs.tenantId, theirs.integrationId);
    await expect(
      ingestReadings({ tenantId: mine.tenantId, integrationId: theirs.integrationId }, [reading('x', -1, 1)], {
        now: NOW,
      }),
    ).rejects.toBeInstanceOf(IntegrationNotFoundError);
    expect(await stored(theirs.tenantId, theirs.signalIds[0]!)).toEqual([]);
    expect(await db().integrationTagSeen.count({ where: { integrationId: theirs.integrationId } })).toBe(0);
    expect(await counters(theirs.tenantId, theirs.integrationId)).toMatchObject({ received: 0 });
  });
});
