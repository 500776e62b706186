/**
 * REST push over HTTP (POST /api/v1/ingest with an API key): accepted/rejected counts with per-item
 * errors; re-sending the same batch with and without Idempotency-Key leaves exact stored counts; an
 * out-of-order batch plus a late point keeps the newest timestamp as latest on 20 reads; 413 and
 * 400 for the limits; another tenant's integration is 404; a viewer's key is 403. API calls only, in one project.
 */
import crypto from 'node:crypto';
import { expect, test, type APIRequestContext, type APIResponse, type TestInfo } from '@playwright/test';
import { createPushWorld, closeIngestData, latestOf, storedSamples } from './support/ingest-data';

test.afterAll(closeIngestData);

const client = (
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  info: TestInfo,
  key?: string,
) =>
  playwright.request.newContext({
    baseURL: info.project.use.baseURL,
    extraHTTPHeaders: key ? { authorization: `Bearer ${key}` } : {},
  });

async function problem(response: APIResponse, status: number, code: string) {
  const text = await response.text();
  expect(response.status(), text).toBe(status);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  expect(JSON.parse(text).code).toBe(code);
}

async function accepted(response: APIResponse) {
  const text = await response.text();
  expect(response.status(), text).toBe(202);
  return JSON.parse(text);
}

const at = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000).toISOString();

test.describe('REST push API', () => {
  // The answers do not depend on the browser's language or viewport: one project is enough.
  test.beforeEach(({}, info) => test.skip(info.project.name !== 'en-desktop', 'API only: runs in en-desktop'));

  test('counts, per-item errors and re-sending with and without Idempotency-Key', async ({ playwright }, info) => {
    const w = await createPushWorld();
    const api = await client(playwright, info, w.engineerKey);
    const samples = [
      ...Array.from({ length: 10 }, (_, i) => ({ tag: 'FIC-101.PV', ts: at(100 - i), value: i })),
      { tag: 'FIC-101.PV', ts: '2026-13-45', value: 1 },
      { tag: 'FIC-101.PV', ts: at(5), value: null },
      { tag: 'UNMAPPED-1', ts: at(5), value: 7 },
    ];
    const batch = { integrationId: w.integrationId, samples };
    const first = await accepted(await api.post('/api/v1/ingest', { data: batch }));
    expect(first).toMatchObject({ received: 13, accepted: 11, duplicates: 0, rejected: 2, inserted: 10, unmapped: 1 });
    expect(first.errors.map((e: { index: number; code: string }) => [e.index, e.code])).toEqual([
      [10, 'invalid_timestamp'],
      [11, 'invalid_value'],
    ]);
    expect(await storedSamples(w.signalId)).toBe(10);

    // The same batch again, no key: nothing stored twice.
    const again = await accepted(await api.post('/api/v1/ingest', { data: batch }));
    expect(again).toMatchObject({ received: 13, accepted: 1, duplicates: 10, rejected: 2 });
    expect(await storedSamples(w.signalId)).toBe(10);

    // With a key: the first answer is stored and replayed as is; another body with it is 409.
    const key = crypto.randomUUID();
    const fresh = { integrationId: w.integrationId, samples: [{ tag: 'FIC-101.PV', ts: at(3), value: 42 }] };
    const keyed = await api.post('/api/v1/ingest', { data: fresh, headers: { 'idempotency-key': key } });
    const keyedBody = await accepted(keyed);
    expect(keyedBody).toMatchObject({ received: 1, accepted: 1, inserted: 1 });
    const replay = await api.post('/api/v1/ingest', { data: fresh, headers: { 'idempotency-key': key } });
    expect(await accepted(replay)).toEqual(keyedBody);
    expect(replay.headers()['idempotent-replayed']).toBe('true');
    await problem(
      await api.post('/api/v1/ingest', { data: batch, headers: { 'idempotency-key': key } }),
      409,
      'idempotency_key_reused',
    );
    expect(await storedSamples(w.signalId)).toBe(11);
  });

  test('an out-of-order batch plus a late point: latest is the newest timestamp on 20 reads', async ({
    playwright,
  }, info) => {
    const w = await createPushWorld();
    const api = await client(playwright, info, w.engineerKey);
    const newest = at(2);
    await accepted(
      await api.post('/api/v1/ingest', {
        data: {
          integrationId: w.integrationId,
          samples: [
            { tag: 'FIC-101.PV', ts: at(20), value: 20 },
            { tag: 'FIC-101.PV', ts: newest, value: 2 },
            { tag: 'FIC-101.PV', ts: Date.parse(at(40)), value: 40 },
            { tag: 'FIC-101.PV', ts: at(10), value: 10 },
          ],
        },
      }),
    );
    await accepted(
      await api.post('/api/v1/ingest', {
        data: { integrationId: w.integrationId, samples: [{ tag: 'FIC-101.PV', ts: at(3600), value: 3600 }] },
      }),
    );
    for (let read = 0; read < 20; read++) expect(await latestOf(w.signalId)).toEqual({ ts: newest, value: 2 });
    expect(await storedSamples(w.signalId)).toBe(5);
  });

  test('limits: 413 for a body over 5 MiB, 400 for more than 10,000 samples', async ({ playwright }, info) => {
    const w = await createPushWorld();
    const api = await client(playwright, info, w.engineerKey);
    const huge = JSON.stringify({
      integrationId: w.integrationId,
      samples: [{ tag: 'FIC-101.PV', ts: at(1), value: 1 }],
      padding: 'x'.repeat(5 * 1024 * 1024),
    });
    await problem(
      await api.post('/api/v1/ingest', { data: huge, headers: { 'content-type': 'application/json' } }),
      413,
      'payload_too_large',
    );
    const long = {
      integrationId: w.integrationId,
      samples: Array.from({ length: 10_001 }, (_, i) => ({
        tag: 'FIC-101.PV',
        ts: Date.now() - 20_000_000 + i,
        value: i,
      })),
    };
    const tooLong = await api.post('/api/v1/ingest', { data: long });
    await problem(tooLong, 400, 'batch_too_large');
    expect(await storedSamples(w.signalId)).toBe(0);
  });

  test("another tenant's integration is 404, a viewer's key 403, no key 401", async ({ playwright }, info) => {
    const a = await createPushWorld();
    const b = await createPushWorld();
    const samples = [{ tag: 'FIC-101.PV', ts: at(1), value: 1 }];
    const api = await client(playwright, info, a.engineerKey);
    await problem(
      await api.post('/api/v1/ingest', { data: { integrationId: b.integrationId, samples } }),
      404,
      'integration_not_found',
    );
    const viewer = await client(playwright, info, a.viewerKey);
    await problem(
      await viewer.post('/api/v1/ingest', { data: { integrationId: a.integrationId, samples } }),
      403,
      'forbidden',
    );
    const anonymous = await client(playwright, info);
    await problem(
      await anonymous.post('/api/v1/ingest', { data: { integrationId: a.integrationId, samples } }),
      401,
      'unauthenticated',
    );
    expect(await storedSamples(a.signalId)).toBe(0);
    expect(await storedSamples(b.signalId)).toBe(0);
  });
});
