/**
 * The plant-model endpoints over HTTP: a tenant admin builds site → unit → assets → signal → link;
 * problems for duplicates (any case), limits out of order, oversized metadata, history on delete;
 * retire vs delete; another tenant's ids are 404; writes per role (403 for optimization engineer and
 * viewer); no session 401. Quick (API calls only), so it runs in every project.
 */
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import crypto from 'node:crypto';
import { createTenant, createUser } from './support/data';

/** Signs in through Auth.js's credentials callback; the context keeps the session cookie. */
async function session(api: APIRequestContext, identifier: string, password: string) {
  const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
  await api.post('/api/auth/callback/credentials', {
    form: { identifier, password, csrfToken, callbackUrl: '/' },
    maxRedirects: 0,
  });
  const cookies = (await api.storageState()).cookies.map((c) => c.name);
  expect(cookies).toContain('authjs.session-token');
}

const tag = (prefix: string) => `${prefix}-${crypto.randomBytes(3).toString('hex').toUpperCase()}`;

async function json(res: APIResponse, status: number) {
  const text = await res.text();
  expect(res.status(), text).toBe(status);
  if (status >= 400) expect(res.headers()['content-type']).toContain('application/problem+json');
  return text ? JSON.parse(text) : null;
}

/** A site, a unit and a pump in the signed-in tenant. */
async function plant(api: APIRequestContext) {
  const site = await json(
    await api.post('/api/sites', { data: { code: tag('S'), nameAr: 'موقع', nameEn: 'Site' } }),
    201,
  );
  const unit = await json(
    await api.post('/api/units', { data: { siteId: site.id, code: tag('U'), nameAr: 'وحدة', nameEn: 'Unit' } }),
    201,
  );
  const asset = await json(
    await api.post('/api/assets', {
      data: { unitId: unit.id, tag: tag('P'), nameAr: 'مضخة', nameEn: 'Pump', type: 'pump', criticality: 'A' },
    }),
    201,
  );
  return { site, unit, asset };
}

test.describe('plant API', () => {
  let tenantA: { id: string };
  let tenantB: { id: string };
  let adminA: { email: string; password: string };
  let adminB: { email: string; password: string };

  test.beforeAll(async () => {
    tenantA = await createTenant();
    tenantB = await createTenant();
    adminA = await createUser({ tenantId: tenantA.id, role: 'tenant_admin' });
    adminB = await createUser({ tenantId: tenantB.id, role: 'tenant_admin' });
  });

  test('a tenant admin builds the plant model; problems are problem+json', async ({ playwright }, info) => {
    const api = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    await session(api, adminA.email, adminA.password);
    const { site, unit, asset } = await plant(api);

    const downstream = await json(
      await api.post('/api/assets', {
        data: { unitId: unit.id, tag: tag('T'), nameAr: 'خزان', nameEn: 'Tank', type: 'tank', criticality: 'C' },
      }),
      201,
    );
    const signal = await json(
      await api.post('/api/signals', {
        data: { assetId: asset.id, tag: tag('XMEAS'), kind: 'measurement', unit: 'kPa', normalLow: 1, normalHigh: 9 },
      }),
      201,
    );
    await json(
      await api.post('/api/asset-links', { data: { fromAssetId: asset.id, toAssetId: downstream.id, medium: 'feed' } }),
      201,
    );

    const list = await json(await api.get(`/api/assets?site_id=${site.id}&type=pump&pageSize=10`), 200);
    expect(list).toMatchObject({ page: 1, pageSize: 10, total: 1, pageCount: 1, items: [{ id: asset.id }] });
    expect((await json(await api.get(`/api/signals?asset_id=${asset.id}`), 200)).items).toEqual([
      expect.objectContaining({ id: signal.id, normalLow: 1, normalHigh: 9 }),
    ]);
    expect((await json(await api.get(`/api/units?site_id=${site.id}`), 200)).total).toBe(1);
    expect((await json(await api.get(`/api/asset-links?asset_id=${asset.id}`), 200)).total).toBe(1);
    // A link is removed by id; the other one stays.
    const recycle = await json(
      await api.post('/api/asset-links', {
        data: { fromAssetId: downstream.id, toAssetId: asset.id, medium: 'recycle' },
      }),
      201,
    );
    expect((await api.delete(`/api/asset-links/${recycle.id}`)).status()).toBe(204);
    expect((await json(await api.get(`/api/asset-links?asset_id=${asset.id}`), 200)).total).toBe(1);

    const dup = await json(
      await api.post('/api/assets', {
        data: {
          unitId: unit.id,
          tag: asset.tag.toLowerCase(),
          nameAr: 'م',
          nameEn: 'P',
          type: 'pump',
          criticality: 'B',
        },
      }),
      409,
    );
    expect(dup).toMatchObject({ code: 'asset_tag_taken', messageKey: 'plant.errors.assetTagTaken' });

    const order = await json(await api.put(`/api/signals/${signal.id}`, { data: { normalHigh: 0.5 } }), 400);
    expect(order.errors).toMatchObject([{ path: 'normalHigh', message: 'plant.validation.limitsOrder' }]);

    const big = await json(
      await api.put(`/api/assets/${asset.id}`, { data: { metadata: { blob: 'x'.repeat(20_000) } } }),
      400,
    );
    expect(big.errors).toMatchObject([{ path: 'metadata', message: 'plant.validation.metadataTooLarge' }]);

    // History: delete refused, retire instead; an asset with nothing attached can be deleted.
    const refused = await json(await api.delete(`/api/assets/${asset.id}`), 409);
    expect(refused.code).toBe('asset_has_history');
    expect((await json(await api.put(`/api/assets/${asset.id}`, { data: { status: 'retired' } }), 200)).status).toBe(
      'retired',
    );
    const lonely = await json(
      await api.post('/api/assets', {
        data: { unitId: unit.id, tag: tag('V'), nameAr: 'صمام', nameEn: 'Valve', type: 'valve', criticality: 'C' },
      }),
      201,
    );
    expect((await api.delete(`/api/assets/${lonely.id}`)).status()).toBe(204);
    await json(await api.get(`/api/assets/${lonely.id}`), 404);

    // Not JSON: 415; a malformed id: 404.
    const form = await api.post('/api/sites', { form: { code: 'X', nameAr: 'x', nameEn: 'x' } });
    expect(form.status()).toBe(415);
    await json(await api.get('/api/assets/not-a-uuid'), 404);
    await api.dispose();
  });

  test("another tenant's objects are 404 and cannot be referenced", async ({ playwright }, info) => {
    const b = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    await session(b, adminB.email, adminB.password);
    const theirs = await plant(b);
    const theirSignal = await json(
      await b.post('/api/signals', { data: { assetId: theirs.asset.id, tag: tag('FI'), kind: 'measurement' } }),
      201,
    );
    await b.dispose();

    const a = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    await session(a, adminA.email, adminA.password);
    const mine = await plant(a);
    for (const res of [
      await a.get(`/api/sites/${theirs.site.id}`),
      await a.put(`/api/sites/${theirs.site.id}`, { data: { nameEn: 'Mine now' } }),
      await a.get(`/api/units/${theirs.unit.id}`),
      await a.get(`/api/assets/${theirs.asset.id}`),
      await a.put(`/api/assets/${theirs.asset.id}`, { data: { status: 'retired' } }),
      await a.delete(`/api/assets/${theirs.asset.id}`),
      await a.get(`/api/signals/${theirSignal.id}`),
      await a.get(`/api/assets?tenant_id=${tenantB.id}`),
    ]) {
      await json(res, 404);
    }
    expect((await json(await a.get(`/api/assets?unit_id=${theirs.unit.id}`), 200)).total).toBe(0);
    const parent = await json(
      await a.put(`/api/assets/${mine.asset.id}`, { data: { parentId: theirs.asset.id } }),
      400,
    );
    expect(parent.errors).toMatchObject([{ path: 'parentId', message: 'plant.validation.notFound' }]);
    await a.dispose();
  });

  const ROLES = [
    ['reliability_engineer', 201],
    ['engineer', 201],
    ['optimization_engineer', 403],
    ['viewer', 403],
  ] as const;
  for (const [role, status] of ROLES) {
    test(`${role}: reads 200, writes ${status}`, async ({ playwright }, info) => {
      const admin = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
      await session(admin, adminA.email, adminA.password);
      const { unit, asset } = await plant(admin);
      await admin.dispose();

      const user = await createUser({ tenantId: tenantA.id, role });
      const api = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
      await session(api, user.email, user.password);
      for (const path of ['/api/sites', '/api/units', '/api/assets', '/api/asset-links', '/api/signals'])
        await json(await api.get(path), 200);
      await json(await api.post('/api/sites', { data: { code: tag('S'), nameAr: 'م', nameEn: 'S' } }), status);
      await json(
        await api.post('/api/signals', { data: { assetId: asset.id, tag: tag('PI'), kind: 'measurement' } }),
        status,
      );
      await json(await api.put(`/api/units/${unit.id}`, { data: { nameEn: 'Renamed' } }), status === 201 ? 200 : 403);
      await json(await api.put(`/api/assets/${asset.id}`, { data: { status: 'retired' } }), status === 201 ? 200 : 403);
      await api.dispose();
    });
  }

  test('no session: 401', async ({ request }) => {
    await json(await request.get('/api/assets'), 401);
    await json(await request.post('/api/sites', { data: { code: 'X', nameAr: 'x', nameEn: 'x' } }), 401);
  });
});
