// REST push against a real database, through the one ingest path (ingestReadings): counts and
// per-item errors, re-sending with and without Idempotency-Key (exact stored counts), out-of-order
// plus late points (latest = newest on 20 reads), limits (413/400), the integration's tenant, kind
// and state (404/409). HTTP, auth and roles: e2e/ingest-api.spec.ts.
import crypto from 'node:crypto';
import { createTestDatabase } from '../test/database';
import { closeTestDatabase } from '../test/system-fixtures';
import { tenantDb } from '../db/tenant-db';
import { AppError } from '../http/app-error';
import { newAsset, plantWorld } from '../plant/plant-test-helpers';
import { createSignal } from '../plant/create-signal';
import { ZCreateSignal } from '../plant/signal-schemas';
import { latestValues } from '../timeseries/latest-values';
import { pushSamples, type PushLimits, type PushResponse } from './push-samples';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const NOW = new Date();
const LIMITS: PushLimits = { maxBodyBytes: 1_000_000, maxSamples: 1000 };
const at = (secondsAgo: number) => new Date(NOW.getTime() - secondsAgo * 1000).toISOString();

/** A tenant with one signal mapped from tag `FIC-101.PV` of a rest_push integration. */
async function world(kind: 'rest_push' | 'mqtt' = 'rest_push', enabled = true) {
  const { tenant, admin, unit } = await plantWorld();
  const asset = await newAsset(admin, unit.id);
  const signal = await createSignal(
    admin,
    ZCreateSignal.parse({
      assetId: asset.id,
      tag: `FIC-${crypto.randomBytes(3).toString('hex')}`,
      kind: 'measurement',
    }),
  );
  const tdb = tenantDb(admin);
  const integration = await tdb.integration.create({
    data: { tenantId: tenant.id, name: `Push ${kind}`, kind, enabled },
  });
  await tdb.externalSignalMapping.create({
    data: { tenantId: tenant.id, integrationId: integration.id, externalTag: 'FIC-101.PV', signalId: signal.id },
  });
  return { ctx: { tenantId: tenant.id }, tenantId: tenant.id, integrationId: integration.id, signalId: signal.id };
}

function post(body: unknown, headers: Record<string, string> = {}) {
  return new Request('http://localhost/api/v1/ingest', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function push(ctx: { tenantId: string }, body: unknown, headers: Record<string, string> = {}) {
  const response = await pushSamples(ctx, post(body, headers), { now: NOW, limits: LIMITS });
  return {
    status: response.status,
    replayed: response.headers.get('idempotent-replayed'),
    body: (await response.json()) as PushResponse,
  };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error ?? new Error('expected a refusal');
  return `${error.status} ${error.code}`;
}

const stored = (tenantId: string, signalId: string) =>
  tenantDb({ tenantId }).signalSample.count({ where: { signalId } });

describe('POST /api/v1/ingest (pushSamples)', () => {
  it('answers 202 with accepted, rejected and per-item errors; the valid items are stored', async () => {
    const w = await world();
    const { status, body } = await push(w.ctx, {
      integrationId: w.integrationId,
      samples: [
        { tag: 'FIC-101.PV', ts: at(30), value: 1 },
        { tag: 'FIC-101.PV', ts: Date.parse(at(20)), value: 2, quality: 'uncertain' },
        { tag: 'FIC-101.PV', ts: 'yesterday', value: 3 },
        { tag: 'FIC-101.PV', ts: at(10), value: 'x' },
        { tag: 'FIC-101.PV', ts: at(-3600), value: 5 }, // an hour ahead
        { tag: 'NOT-MAPPED', ts: at(10), value: 6 },
      ],
    });
    expect(status).toBe(202);
    expect(body).toMatchObject({ received: 6, accepted: 3, duplicates: 0, rejected: 3, inserted: 2, unmapped: 1 });
    expect(body.errors.map(({ index, code }) => [index, code])).toEqual([
      [2, 'invalid_timestamp'],
      [3, 'invalid_value'],
      [4, 'timestamp_in_future'],
    ]);
    expect(body.errors[0]!.message).toMatch(/ISO 8601/); // localized text (Arabic by default)
    expect(await stored(w.tenantId, w.signalId)).toBe(2);
  });

  it('re-sending the same batch without a key stores nothing twice (duplicates)', async () => {
    const w = await world();
    const batch = {
      integrationId: w.integrationId,
      samples: Array.from({ length: 50 }, (_, i) => ({ tag: 'FIC-101.PV', ts: at(100 - i), value: i })),
    };
    expect((await push(w.ctx, batch)).body).toMatchObject({ received: 50, accepted: 50, duplicates: 0, rejected: 0 });
    expect((await push(w.ctx, batch)).body).toMatchObject({ received: 50, accepted: 0, duplicates: 50, rejected: 0 });
    expect(await stored(w.tenantId, w.signalId)).toBe(50);
  });

  it('with an Idempotency-Key: the same answer again without ingesting; another body is 409', async () => {
    const w = await world();
    const key = crypto.randomUUID();
    const batch = {
      integrationId: w.integrationId,
      samples: Array.from({ length: 20 }, (_, i) => ({ tag: 'FIC-101.PV', ts: at(60 - i), value: i })),
    };
    const first = await push(w.ctx, batch, { 'idempotency-key': key });
    const counters = () =>
      tenantDb(w.ctx).integration.findFirstOrThrow({
        where: { id: w.integrationId },
        select: { samplesReceived: true },
      });
    const before = await counters();
    // Same body with other whitespace is the same request.
    const again = await push(w.ctx, JSON.stringify(batch, null, 2), { 'idempotency-key': key });
    expect(again).toEqual({ ...first, replayed: 'true' });
    expect(first.body).toMatchObject({ accepted: 20, duplicates: 0 });
    expect(await counters()).toEqual(before); // not ingested again
    expect(await stored(w.tenantId, w.signalId)).toBe(20);

    const other = { ...batch, samples: batch.samples.slice(1) };
    expect(
      await refusal(pushSamples(w.ctx, post(other, { 'idempotency-key': key }), { now: NOW, limits: LIMITS })),
    ).toBe('409 idempotency_key_reused');
    expect(
      await refusal(pushSamples(w.ctx, post(batch, { 'idempotency-key': 'bad key' }), { now: NOW, limits: LIMITS })),
    ).toBe('400 idempotency_key_invalid');
  });

  it('an out-of-order batch plus a late point: the latest value is the newest timestamp, on 20 reads', async () => {
    const w = await world();
    await push(w.ctx, {
      integrationId: w.integrationId,
      samples: [
        { tag: 'FIC-101.PV', ts: at(10), value: 10 },
        { tag: 'FIC-101.PV', ts: at(30), value: 30 },
        { tag: 'FIC-101.PV', ts: at(5), value: 5 }, // the newest
        { tag: 'FIC-101.PV', ts: at(20), value: 20 },
      ],
    });
    await push(w.ctx, { integrationId: w.integrationId, samples: [{ tag: 'FIC-101.PV', ts: at(600), value: 600 }] });
    for (let read = 0; read < 20; read++) {
      expect((await latestValues(w.tenantId, [w.signalId])).get(w.signalId)).toMatchObject({
        ts: new Date(at(5)),
        value: 5,
      });
    }
    expect(await stored(w.tenantId, w.signalId)).toBe(5);
  });

  it('refuses a body over the size limit (413) and a batch over the length limit (400)', async () => {
    const w = await world();
    const big = {
      integrationId: w.integrationId,
      samples: [{ tag: 'FIC-101.PV', ts: at(1), value: 1, pad: 'x'.repeat(2000) }],
    };
    const small = { maxBodyBytes: 1024, maxSamples: 10 };
    expect(await refusal(pushSamples(w.ctx, post(big), { now: NOW, limits: small }))).toBe('413 payload_too_large');
    // Without Content-Length (a chunked body) the stream is cut at the limit too.
    const chunked = new Request('http://localhost/api/v1/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([JSON.stringify(big)]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(await refusal(pushSamples(w.ctx, chunked, { now: NOW, limits: small }))).toBe('413 payload_too_large');
    const long = {
      integrationId: w.integrationId,
      samples: Array.from({ length: 11 }, (_, i) => ({ tag: 'A', ts: i, value: i })),
    };
    expect(await refusal(pushSamples(w.ctx, post(long), { now: NOW, limits: small }))).toBe('400 batch_too_large');
    expect(await refusal(pushSamples(w.ctx, post('{"integrationId":'), { now: NOW, limits: small }))).toBe(
      '400 malformed_json',
    );
    expect(await stored(w.tenantId, w.signalId)).toBe(0);
  });

  it("404 for another tenant's or an unknown integration, 409 for another kind or a disabled one", async () => {
    const a = await world();
    const b = await world();
    const mqtt = await world('mqtt');
    const disabled = await world('rest_push', false);
    const samples = [{ tag: 'FIC-101.PV', ts: at(1), value: 1 }];
    const attempt = (ctx: { tenantId: string }, integrationId: string) =>
      refusal(pushSamples(ctx, post({ integrationId, samples }), { now: NOW, limits: LIMITS }));
    expect(await attempt(a.ctx, b.integrationId)).toBe('404 integration_not_found');
    expect(await attempt(a.ctx, crypto.randomUUID())).toBe('404 integration_not_found');
    expect(await attempt(mqtt.ctx, mqtt.integrationId)).toBe('409 integration_not_rest_push');
    expect(await attempt(disabled.ctx, disabled.integrationId)).toBe('409 integration_disabled');
    expect(await stored(b.tenantId, b.signalId)).toBe(0);
    // A refused request does not keep its Idempotency-Key: the retry after the fix goes through.
    const key = crypto.randomUUID();
    const body = { integrationId: disabled.integrationId, samples };
    expect(
      await refusal(pushSamples(disabled.ctx, post(body, { 'idempotency-key': key }), { now: NOW, limits: LIMITS })),
    ).toBe('409 integration_disabled');
    await tenantDb(disabled.ctx).integration.updateMany({
      where: { id: disabled.integrationId },
      data: { enabled: true },
    });
    expect((await push(disabled.ctx, body, { 'idempotency-key': key })).body).toMatchObject({ accepted: 1 });
  });
});
