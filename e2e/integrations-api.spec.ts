/**
 * The integrations API over HTTP with API keys: Test connection (an answer, not an error, for a
 * refused endpoint), browse for a kind that cannot, the unmapped tags a REST push leaves, and
 * mapping create / list / change / delete with their refusals and roles. API calls only, in one project.
 */
import crypto from 'node:crypto';
import { expect, test, type APIRequestContext, type APIResponse, type TestInfo } from '@playwright/test';
import { createPushWorld, closeIngestData } from './support/ingest-data';

test.afterAll(closeIngestData);

const client = (
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  info: TestInfo,
  key: string,
) =>
  playwright.request.newContext({
    baseURL: info.project.use.baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${key}` },
  });

async function json(response: APIResponse, status: number) {
  const text = await response.text();
  expect(response.status(), text).toBe(status);
  return text ? JSON.parse(text) : null;
}

async function problem(response: APIResponse, status: number, code: string) {
  const body = await json(response, status);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  expect(body.code).toBe(code);
}

test.describe('integrations API', () => {
  // The answers do not depend on the browser's language or viewport: one project is enough.
  test.beforeEach(({}, info) => test.skip(info.project.name !== 'en-desktop', 'API only: runs in en-desktop'));

  test('test connection and browse answer per kind; only tenant_admin may call them', async ({ playwright }, info) => {
    const w = await createPushWorld();
    const admin = await client(playwright, info, w.adminKey);
    const engineer = await client(playwright, info, w.engineerKey);

    expect(
      await json(await admin.post('/api/integrations/test', { data: { kind: 'demo', config: {} } }), 200),
    ).toMatchObject({ ok: true });
    const refused = { url: 'mqtt://169.254.169.254:1883', topics: ['plant/#'], payload: { format: 'number' } };
    expect(
      await json(await admin.post('/api/integrations/test', { data: { kind: 'mqtt', config: refused } }), 200),
    ).toMatchObject({ ok: false, code: 'address_refused' });
    await problem(
      await admin.post('/api/integrations/test', { data: { kind: 'mqtt', config: {} } }),
      400,
      'validation_failed',
    );
    await problem(
      await engineer.post('/api/integrations/test', { data: { kind: 'demo', config: {} } }),
      403,
      'forbidden',
    );

    await problem(await admin.get(`/api/integrations/${w.integrationId}/browse`), 409, 'browse_unsupported');
    await problem(await admin.get(`/api/integrations/${crypto.randomUUID()}/browse`), 404, 'not_found');
  });

  test('a pushed tag shows as unmapped until it is mapped; mappings are created, changed and deleted', async ({
    playwright,
  }, info) => {
    const w = await createPushWorld();
    const admin = await client(playwright, info, w.adminKey);
    const engineer = await client(playwright, info, w.engineerKey);
    const viewer = await client(playwright, info, w.viewerKey);
    const base = `/api/integrations/${w.integrationId}`;

    const sample = { tag: 'PI-9.PV', ts: new Date(Date.now() - 5_000).toISOString(), value: 250 };
    await json(
      await admin.post('/api/v1/ingest', { data: { integrationId: w.integrationId, samples: [sample] } }),
      202,
    );
    const unmapped = await json(await engineer.get(`${base}/unmapped-tags`), 200);
    expect(unmapped.items).toEqual([expect.objectContaining({ externalTag: 'PI-9.PV', lastValue: 250, count: 1 })]);
    await problem(await viewer.get(`${base}/unmapped-tags`), 403, 'forbidden');

    const signal = await json(
      await admin.post('/api/signals', {
        data: {
          assetId: w.assetId,
          tag: `PI-${crypto.randomBytes(3).toString('hex')}`,
          unit: 'bar',
          kind: 'measurement',
        },
      }),
      201,
    );
    const mapping = { externalTag: 'PI-9.PV', signalId: signal.id, sourceUnit: 'kPa' };
    const created = await json(await admin.post(`${base}/mappings`, { data: mapping }), 201);
    expect(created).toMatchObject({
      externalTag: 'PI-9.PV',
      sourceUnit: 'kPa',
      signal: { id: signal.id, unit: 'bar' },
    });
    await problem(await admin.post(`${base}/mappings`, { data: mapping }), 409, 'mapping_tag_taken');
    await problem(
      await engineer.post(`${base}/mappings`, { data: { ...mapping, externalTag: 'x' } }),
      403,
      'forbidden',
    );

    const list = await json(await engineer.get(`${base}/mappings`), 200);
    expect(list.items.map((m: { externalTag: string }) => m.externalTag).sort()).toEqual(['FIC-101.PV', 'PI-9.PV']);
    expect(list.coverage).toEqual([expect.objectContaining({ assetId: w.assetId, mappedSignals: 2, totalSignals: 2 })]);
    expect((await json(await engineer.get(`${base}/unmapped-tags`), 200)).total).toBe(0);
    await problem(await viewer.get(`${base}/mappings`), 403, 'forbidden');

    const one = `${base}/mappings/${created.id}`;
    expect(await json(await admin.patch(one, { data: { scale: 2 } }), 200)).toMatchObject({ scale: 2 });
    await problem(await admin.patch(one, { data: { sourceUnit: '°C' } }), 400, 'mapping_unit_incompatible');
    await problem(await engineer.patch(one, { data: { scale: 3 } }), 403, 'forbidden');
    await json(await admin.delete(one), 204);
    await problem(await admin.delete(one), 404, 'not_found');
    expect((await json(await engineer.get(`${base}/mappings`), 200)).total).toBe(1);
  });
});
