import { expect, test } from '@playwright/test';
import { createTenant, createUser } from './support/data';
import { signInAndWait } from './support/ui';

test.describe('tenancy through the API', () => {
  test("a tenant admin reads own users, and gets 404 for another tenant's user", async ({ page }, info) => {
    const a = await createTenant();
    const b = await createTenant();
    const adminA = await createUser({ tenantId: a.id, role: 'tenant_admin' });
    const engineerA = await createUser({ tenantId: a.id, role: 'engineer' });
    const engineerB = await createUser({ tenantId: b.id, role: 'engineer' });
    await signInAndWait(page, info, adminA.email, adminA.password);
    const api = page.request;

    const own = await api.get(`/api/tenant-users/${engineerA.id}`);
    expect(own.status()).toBe(200);
    expect((await own.json()).email).toBe(engineerA.email);

    const foreign = await api.get(`/api/tenant-users/${engineerB.id}`);
    expect(foreign.status()).toBe(404);
    expect(foreign.headers()['content-type']).toContain('application/problem+json');
    expect((await foreign.json()).code).toBe('not_found');

    const list = await api.get('/api/tenant-users?pageSize=100');
    const body = await list.json();
    const ids = body.items.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([adminA.id, engineerA.id]));
    expect(ids).not.toContain(engineerB.id);
    expect(JSON.stringify(body)).not.toMatch(/argon2|passwordHash|password_hash/i);
  });

  test('bad input is a 400 problem, never a 500', async ({ page }, info) => {
    await signInAndWait(page, info, 'admin@gulfpetrochem.demo');
    const res = await page.request.get('/api/tenant-users?pageSize=5000&role=root');
    expect(res.status()).toBe(400);
    const problem = await res.json();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(['pageSize', 'role']);
  });

  test('engineers may not list users; anonymous callers must sign in', async ({ page, playwright }, info) => {
    await signInAndWait(page, info, 'engineer@gulfpetrochem.demo');
    expect((await page.request.get('/api/tenant-users')).status()).toBe(403);
    const anonymous = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    expect((await anonymous.get('/api/tenant-users')).status()).toBe(401);
    await anonymous.dispose();
  });
});

test.describe('operations endpoints', () => {
  test('health endpoints answer without a session', async ({ playwright }, info) => {
    const api = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    const live = await api.get('/health/live');
    expect(live.status()).toBe(200);
    const ready = await api.get('/health/ready');
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'ok', migrations: 'ok' });
    await api.dispose();
  });

  test('config status is for the platform owner only; 404 for everyone else', async ({ page, playwright }, info) => {
    const anonymous = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    expect((await anonymous.get('/internal/config/status')).status()).toBe(404);
    await anonymous.dispose();

    await signInAndWait(page, info, 'admin@gulfpetrochem.demo');
    expect((await page.request.get('/internal/config/status')).status()).toBe(404);
    await page.context().clearCookies();

    await signInAndWait(page, info, 'owner@optria.demo');
    const res = await page.request.get('/internal/config/status');
    expect(res.status()).toBe(200);
    const status = await res.json();
    expect(status.app.environment).toBe('e2e');
    expect(status.database.migrations.pending).toEqual([]);
    expect(status.tenants.find((t: { slug: string }) => t.slug === 'gulf-petrochem').flags.audit_log).toBe(true);
    expect(status).toHaveProperty('worker.lastHeartbeatAt');
    expect(JSON.stringify(status)).not.toMatch(/password|secret|postgres(ql)?:\/\//i);
  });
});
