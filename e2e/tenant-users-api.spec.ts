/**
 * The tenant-users endpoints × roles over HTTP (API calls only, so it is quick in every project):
 * platform owner with ?tenant_id= and across tenants (by id alone), tenant admin in its own tenant,
 * tenant admin naming a foreign tenant or a foreign user (404), engineer (403), no session (401).
 * No response carries a hash.
 */
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import crypto from 'node:crypto';
import { createTenant, createUser } from './support/data';
import { DEMO_PASSWORD } from './support/ui';

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

type Endpoint = 'list' | 'create' | 'read' | 'update' | 'reset';
const ENDPOINTS: Endpoint[] = ['list', 'create', 'read', 'update', 'reset'];

function call(api: APIRequestContext, endpoint: Endpoint, userId: string, tenantId?: string): Promise<APIResponse> {
  const q = tenantId ? `?tenant_id=${tenantId}` : '';
  const email = `matrix-${crypto.randomBytes(4).toString('hex')}@e2e.test`;
  switch (endpoint) {
    case 'list':
      return api.get(`/api/tenant-users${q}`);
    case 'create':
      return api.post(`/api/tenant-users${q}`, { data: { name: 'Matrix User', email, role: 'viewer' } });
    case 'read':
      return api.get(`/api/tenant-users/${userId}${q}`);
    case 'update':
      return api.put(`/api/tenant-users/${userId}${q}`, { data: { role: 'engineer' } });
    case 'reset':
      return api.post(`/api/tenant-users/${userId}/reset-password${q}`);
  }
}

const OK: Record<Endpoint, number> = { list: 200, create: 201, read: 200, update: 200, reset: 200 };

async function expectStatus(res: APIResponse, endpoint: Endpoint, status: number) {
  const text = await res.text();
  expect(res.status(), `${endpoint}: ${text}`).toBe(status);
  expect(text).not.toMatch(/argon2|passwordHash|password_hash|sessionVersion|ssoSubject/);
  if (status >= 400) {
    expect(res.headers()['content-type']).toContain('application/problem+json');
    expect(JSON.parse(text).messageKey).toEqual(expect.any(String));
  }
  const oneTime = status < 300 && (endpoint === 'create' || endpoint === 'reset');
  expect('oneTimePassword' in JSON.parse(text)).toBe(oneTime);
}

test.describe('tenant users API: endpoints × roles', () => {
  let a: { id: string };
  let b: { id: string };
  let adminA: { email: string; password: string };
  let engineerA: { email: string; password: string };
  let targetA: { id: string };
  let targetB: { id: string };

  // Once per worker: the calls below only add users or repeat the same change, so tests can share it.
  test.beforeAll(async () => {
    a = await createTenant();
    b = await createTenant();
    adminA = await createUser({ tenantId: a.id, role: 'tenant_admin' });
    engineerA = await createUser({ tenantId: a.id, role: 'engineer' });
    targetA = await createUser({ tenantId: a.id, role: 'viewer', name: 'Target A' });
    targetB = await createUser({ tenantId: b.id, role: 'viewer', name: 'Target B' });
  });

  test('platform owner, acting in a tenant with ?tenant_id=', async ({ playwright }, info) => {
    const api = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    await session(api, 'owner@optria.demo', DEMO_PASSWORD);
    for (const endpoint of ENDPOINTS)
      await expectStatus(await call(api, endpoint, targetA.id, a.id), endpoint, OK[endpoint]);
    // Creating a user needs a tenant; acting in tenant B does not reach tenant A's user.
    await expectStatus(await call(api, 'create', targetA.id), 'create', 400);
    await expectStatus(await call(api, 'read', targetA.id, b.id), 'read', 404);
    await api.dispose();
  });

  test('platform owner, across tenants: one list with each tenant, and by-id actions in the user tenant', async ({
    playwright,
  }, info) => {
    const api = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    await session(api, 'owner@optria.demo', DEMO_PASSWORD);
    const tag = crypto.randomBytes(4).toString('hex');
    const inA = await createUser({ tenantId: a.id, role: 'viewer', name: `Cross ${tag} Alpha` });
    const inB = await createUser({ tenantId: b.id, role: 'viewer', name: `Cross ${tag} Beta` });

    // Every tenant's users by default, each with its tenant; ?tenant_id= narrows to one.
    const list = await api.get(`/api/tenant-users?q=${encodeURIComponent(`Cross ${tag}`)}`);
    await expectStatus(list, 'list', 200);
    const page = await list.json();
    expect(page.total).toBe(2);
    expect(page.items.map((u: { name: string; tenant: { id: string } }) => [u.name, u.tenant.id])).toEqual([
      [`Cross ${tag} Alpha`, a.id],
      [`Cross ${tag} Beta`, b.id],
    ]);
    expect(Object.keys(page.items[0].tenant).sort()).toEqual(['id', 'name', 'slug']);
    const onlyB = await (await api.get(`/api/tenant-users?q=Cross%20${tag}&tenant_id=${b.id}`)).json();
    expect(onlyB.items.map((u: { id: string }) => u.id)).toEqual([inB.id]);

    // By id alone: read, update and reset act inside the user's tenant.
    for (const endpoint of ['read', 'update', 'reset'] as const)
      await expectStatus(await call(api, endpoint, inB.id), endpoint, OK[endpoint]);
    expect((await (await call(api, 'read', inB.id)).json()).tenantId).toBe(b.id);
    // Unknown ids, platform accounts and malformed ids stay 404.
    const owner = (await (await api.get('/api/tenant-users?q=owner%40optria.demo')).json()).items;
    expect(owner).toEqual([]);
    for (const id of [crypto.randomUUID(), 'not-a-uuid']) await expectStatus(await call(api, 'read', id), 'read', 404);

    // Audited in B: the owner acted in the tenant, and the change itself.
    const audit = async (action: string) =>
      (await (await api.get(`/api/audit-log?tenant_id=${b.id}&action=${action}&pageSize=100`)).json()).items as {
        tenantId: string;
        targetId: string;
        after: { path?: string };
      }[];
    const changes = (await audit('user.role_change')).filter((e) => e.targetId === inB.id);
    expect(changes).toHaveLength(1);
    expect((await audit('user.reset_password')).filter((e) => e.targetId === inB.id)).toHaveLength(1);
    const acted = (await audit('platform.act_in_tenant')).filter((e) => e.after.path?.includes(inB.id));
    expect(acted.map((e) => e.after.path).sort()).toEqual([
      `/api/tenant-users/${inB.id}`,
      `/api/tenant-users/${inB.id}/reset-password`,
    ]);
    expect((await audit('user.role_change')).some((e) => e.targetId === inA.id)).toBe(false);
    await api.dispose();
  });

  test('tenant admin, own tenant', async ({ playwright }, info) => {
    const api = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    await session(api, adminA.email, adminA.password);
    for (const endpoint of ENDPOINTS) await expectStatus(await call(api, endpoint, targetA.id), endpoint, OK[endpoint]);
    // Naming its own tenant explicitly is fine too.
    await expectStatus(await call(api, 'list', targetA.id, a.id), 'list', 200);
    await api.dispose();
  });

  test('tenant admin, foreign tenant or foreign user: 404', async ({ playwright }, info) => {
    const api = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    await session(api, adminA.email, adminA.password);
    for (const endpoint of ENDPOINTS) await expectStatus(await call(api, endpoint, targetB.id, b.id), endpoint, 404);
    for (const endpoint of ['read', 'update', 'reset'] as const)
      await expectStatus(await call(api, endpoint, targetB.id), endpoint, 404);
    await api.dispose();
  });

  test('engineer: 403', async ({ playwright }, info) => {
    const api = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    await session(api, engineerA.email, engineerA.password);
    for (const endpoint of ENDPOINTS) await expectStatus(await call(api, endpoint, targetA.id), endpoint, 403);
    await api.dispose();
  });

  test('no session: 401', async ({ playwright }, info) => {
    const api = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    for (const endpoint of ENDPOINTS) await expectStatus(await call(api, endpoint, targetA.id), endpoint, 401);
    await api.dispose();
  });
});

test.describe('tenant users API: rules over HTTP', () => {
  test('localized problems for duplicates, the password policy, platform roles, self-disable and unknown fields', async ({
    playwright,
  }, info) => {
    const tenant = await createTenant();
    const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
    // Problem titles follow the NEXT_LOCALE cookie, as they do for the UI.
    const lang = info.project.metadata.lang === 'en' ? 'en' : 'ar';
    const host = new URL(info.project.use.baseURL!).hostname;
    const api = await playwright.request.newContext({
      baseURL: info.project.use.baseURL,
      storageState: {
        cookies: [
          {
            name: 'NEXT_LOCALE',
            value: lang,
            domain: host,
            path: '/',
            expires: -1,
            httpOnly: false,
            secure: false,
            sameSite: 'Lax',
          },
        ],
        origins: [],
      },
    });
    await session(api, admin.email, admin.password);
    const en = info.project.metadata.lang === 'en';

    const dup = await api.post('/api/tenant-users', {
      data: { name: 'Dup', email: admin.email.toUpperCase(), role: 'viewer' },
    });
    expect(dup.status()).toBe(409);
    expect(await dup.json()).toMatchObject({ messageKey: 'users.errors.emailTaken', field: 'email' });

    const breached = await api.post('/api/tenant-users', {
      data: {
        name: 'Weak',
        username: `weak-${crypto.randomBytes(3).toString('hex')}`,
        role: 'viewer',
        password: 'Password123',
      },
    });
    expect(breached.status()).toBe(400);
    const problem = await breached.json();
    expect(problem.messageKey).toBe('users.errors.passwordBreached');
    expect(problem.title).toMatch(en ? /too common/ : /شائعة/);

    const short = await api.post('/api/tenant-users', {
      data: { name: 'S', email: 'short@e2e.test', role: 'viewer', password: 'short' },
    });
    expect(short.status()).toBe(400);
    expect((await short.json()).errors).toEqual([
      {
        path: 'password',
        message: 'users.validation.passwordTooShort',
        detail: expect.stringMatching(en ? /at least 8/ : /على الأقل/),
      },
    ]);

    const owner = await api.post('/api/tenant-users', {
      data: { name: 'P', email: 'p@e2e.test', role: 'platform_owner' },
    });
    expect(owner.status()).toBe(400);

    const self = await api.put(`/api/tenant-users/${admin.id}`, { data: { status: 'disabled' } });
    expect(self.status()).toBe(409);
    expect((await self.json()).messageKey).toBe('users.errors.selfDisable');

    const extra = await api.put(`/api/tenant-users/${admin.id}`, { data: { email: 'new@e2e.test' } });
    expect(extra.status()).toBe(400);
    await api.dispose();
  });
});
