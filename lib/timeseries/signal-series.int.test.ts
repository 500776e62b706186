// GET /api/signals/{id}/series as a service: the zod query (clear messages for bad ranges), the
// read permission per role, 404 for another tenant's or a malformed id, the downsampled answer.
import crypto from 'node:crypto';
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { can, TENANT_ROLES } from '../rbac/permissions';
import { ingestSamples } from '../ingest/ingest-samples';
import { actorIn, appError } from '../plant/plant-test-helpers';
import { ZSeriesQuery } from './series-query';
import { signalSeries } from './signal-series';
import { at, tenantWithSignals } from './timeseries-test-helpers';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const T0 = new Date('2026-11-01T00:00:00Z');
const messages = (input: Record<string, string>) =>
  ZSeriesQuery.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('series query', () => {
  it('parses ISO date-times with a zone and defaults points to 1000', () => {
    expect(ZSeriesQuery.parse({ from: '2026-11-01T00:00:00Z', to: '2026-11-01T04:00:00+03:00' })).toEqual({
      from: T0,
      to: at(T0, 3600),
      points: 1000,
    });
  });

  it('names the field and the problem of a bad query', () => {
    const ok = { from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' };
    expect(messages({ to: ok.to })).toEqual([['from', 'timeseries.validation.from']]);
    expect(messages({ ...ok, from: '2026-11-01' })).toEqual([['from', 'timeseries.validation.from']]);
    expect(messages({ ...ok, to: '2026-11-02T00:00:00' })).toEqual([['to', 'timeseries.validation.to']]);
    expect(messages({ ...ok, to: ok.from })).toEqual([['to', 'timeseries.validation.rangeOrder']]);
    expect(messages({ from: ok.to, to: ok.from })).toEqual([['to', 'timeseries.validation.rangeOrder']]);
    expect(messages({ from: '2000-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toEqual([
      ['to', 'timeseries.validation.rangeTooLong'],
    ]);
    for (const points of ['0', '10001', '2.5', 'many', '-1'])
      expect(messages({ ...ok, points })).toEqual([['points', 'timeseries.validation.points']]);
  });
});

describe('signalSeries', () => {
  it('answers every role that may read signals, downsampled; 403 for any that may not', async () => {
    const { tenantId, signalIds } = await tenantWithSignals(1);
    const id = signalIds[0]!;
    await ingestSamples(
      tenantId,
      Array.from({ length: 120 }, (_, i) => ({ signalId: id, ts: at(T0, i * 60), value: i })),
      { source: 'live', now: new Date('2026-11-30T00:00:00Z') },
    );
    const query = ZSeriesQuery.parse({ from: T0.toISOString(), to: at(T0, 7200).toISOString(), points: '2' });
    for (const role of TENANT_ROLES) {
      const actor = actorIn(tenantId, role);
      if (can(role, 'signals.read')) {
        expect(await signalSeries(actor, id, query)).toEqual({
          bucketSeconds: 3600,
          points: [
            { t: T0, min: 0, max: 59, avg: 29.5, last: 59, count: 60 },
            { t: at(T0, 3600), min: 60, max: 119, avg: 89.5, last: 119, count: 60 },
          ],
        });
      } else {
        expect((await appError(signalSeries(actor, id, query))).status).toBe(403);
      }
    }
  });

  it('answers 404 for another tenant’s signal, an unknown id and a malformed id', async () => {
    const a = await tenantWithSignals(1);
    const b = await tenantWithSignals(0);
    const query = ZSeriesQuery.parse({ from: T0.toISOString(), to: at(T0, 60).toISOString() });
    const reader = actorIn(b.tenantId, 'viewer');
    for (const id of [a.signalIds[0]!, crypto.randomUUID(), 'not-an-id']) {
      expect(await appError(signalSeries(reader, id, query))).toMatchObject({ status: 404, code: 'not_found' });
    }
  });
});
