/**
 * API keys end to end: a tenant admin creates a key in the UI, copies the secret shown once, and an
 * API client (no cookies) uses it as `Authorization: Bearer …` — scoped to its tenant and role, refused
 * once revoked or expired, and never allowed to manage keys. Plus screenshots of the page.
 */
import fs from 'node:fs';
import { Pool } from 'pg';
import { expect, test, type APIRequestContext, type APIResponse, type Page, type TestInfo } from '@playwright/test';
import { createTenant, createUser } from './support/data';
import { isMobile, langOf, localized, otherBrowser, signInAndWait } from './support/ui';

let pool: Pool | undefined;
/** Test-only SQL for what no API may do: move a key's expiry into the past. */
const sql = (text: string, values: unknown[]) => {
  pool ??= new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  return pool.query(text, values);
};
test.afterAll(async () => pool?.end());

const bearer = (
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  info: TestInfo,
  key: string,
) =>
  playwright.request.newContext({
    baseURL: info.project.use.baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${key}` },
  });

async function expectProblem(response: APIResponse, status: number, code: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  expect((await response.json()).code).toBe(code);
}

/** Creates a key through the API with the page's session (for tests about what a key can do). */
async function createKeyViaApi(page: Page, input: { name: string; role: string; expiresAt?: string }) {
  const response = await page.request.post('/api/api-keys', { data: input });
  expect(response.status()).toBe(201);
  return (await response.json()) as { key: { id: string; prefix: string }; secret: string };
}

const visible = (page: Page, testId: string) => page.getByTestId(testId).locator('visible=true');

async function adminOfNewTenant(page: Page, info: TestInfo) {
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin', name: 'Key Admin' });
  await signInAndWait(page, info, admin.email, admin.password);
  return { tenant, admin };
}

test.describe('API keys', () => {
  test('a key created in the UI calls the API in its tenant until it is revoked', async ({
    page,
    playwright,
    context,
  }, info) => {
    const { tenant, admin } = await adminOfNewTenant(page, info);
    const engineer = await createUser({ tenantId: tenant.id, role: 'engineer' });
    const other = await createTenant();
    const stranger = await createUser({ tenantId: other.id, role: 'engineer' });

    await page.goto(localized(info, '/settings/api-keys'));
    await expect(page.locator('html')).toHaveAttribute('dir', langOf(info) === 'ar' ? 'rtl' : 'ltr');
    // Only the visible copy: while the streamed section replaces its fallback, a hidden one may exist.
    await expect(visible(page, 'api-keys-empty')).toBeVisible();

    await page.getByTestId('create-api-key').click();
    const dialog = page.getByTestId('create-api-key-dialog');
    // The form checks its input with the API's schema before sending anything.
    await dialog.getByTestId('create-api-key-submit').click();
    await expect(dialog.locator('#api-key-name-error')).toBeVisible();
    await expect(dialog.locator('#api-key-name')).toHaveAttribute('aria-invalid', 'true');
    await dialog.locator('#api-key-name').fill('Historian export');
    await dialog.locator('#api-key-role').selectOption('tenant_admin');
    await dialog.getByTestId('create-api-key-submit').click();

    const secretField = dialog.getByTestId('api-key-secret');
    await expect(secretField).toBeVisible();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^oiq_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    await expect(visible(page, 'toast')).toBeVisible();

    // Copy puts exactly the key on the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await dialog.getByTestId('copy-api-key').click();
    await expect(dialog.getByTestId('copy-status')).not.toBeEmpty();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    // The one chance to copy is not lost to a stray Escape.
    await page.keyboard.press('Escape');
    await expect(secretField).toBeVisible();
    await dialog.getByTestId('api-key-secret-done').click();
    await expect(dialog).toBeHidden();

    // The list shows the key by prefix and status, never the secret.
    await expect(visible(page, 'api-key-status')).toHaveAttribute('data-status', 'active');
    const prefix = secret.split('_').slice(0, 2).join('_');
    await expect(page.getByText(prefix).locator('visible=true')).toBeVisible();
    expect(await page.content()).not.toContain(secret.slice(17));

    // An API client with the key and no cookies.
    const client = await bearer(playwright, info, secret);
    const users = await client.get('/api/tenant-users?pageSize=100');
    expect(users.status()).toBe(200);
    const body = await users.json();
    const ids = body.items.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([admin.id, engineer.id]));
    expect(ids).not.toContain(stranger.id);
    expect(body.items.every((u: { tenantId: string }) => u.tenantId === tenant.id)).toBe(true);
    // Another tenant's data stays invisible, whichever way the key asks for it.
    await expectProblem(await client.get(`/api/tenant-users/${stranger.id}`), 404, 'not_found');
    await expectProblem(
      await client.get('/api/tenant-users', { headers: { 'x-tenant-id': other.id } }),
      404,
      'not_found',
    );
    // Even a tenant_admin key cannot manage keys.
    await expectProblem(await client.get('/api/api-keys'), 403, 'session_required');
    await expectProblem(
      await client.post('/api/api-keys', { data: { name: 'x', role: 'viewer' } }),
      403,
      'session_required',
    );

    // The use shows up as "last used".
    await page.reload();
    await expect(visible(page, 'api-key-status')).toHaveAttribute('data-status', 'active');
    await expect(visible(page, 'api-keys-table').or(visible(page, 'api-keys-cards'))).not.toContainText(
      langOf(info) === 'ar' ? 'لم يُستخدم بعد' : 'Never',
    );

    // Revoke in the UI: the key stops working at once.
    await visible(page, 'revoke-api-key').click();
    await page.getByTestId('confirm-revoke-api-key').click();
    await expect(page.getByTestId('revoke-api-key-dialog')).toBeHidden();
    await expect(visible(page, 'api-key-status')).toHaveAttribute('data-status', 'revoked');
    await expect(visible(page, 'revoke-api-key')).toHaveCount(0);
    await expectProblem(await client.get('/api/tenant-users'), 401, 'invalid_api_key');
    await client.dispose();
  });

  test('a viewer key may not list users; bad keys are 401 problems', async ({ page, playwright }, info) => {
    await adminOfNewTenant(page, info);
    const viewer = await createKeyViaApi(page, { name: 'Read only', role: 'viewer' });
    const client = await bearer(playwright, info, viewer.secret);
    await expectProblem(await client.get('/api/tenant-users'), 403, 'forbidden');
    // Platform endpoints stay hidden from tenant keys.
    expect((await client.get('/api/tenants')).status()).toBe(404);
    await client.dispose();

    const anonymous = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    const wellFormedUnknown = `oiq_0123456789ab_${'A'.repeat(43)}`;
    const forged = `${viewer.secret.slice(0, 17)}${'B'.repeat(43)}`;
    for (const authorization of [
      'Bearer garbage',
      'Bearer',
      `Basic ${Buffer.from('admin:admin').toString('base64')}`,
      `Bearer ${wellFormedUnknown}`,
      `Bearer ${forged}`,
    ]) {
      const response = await anonymous.get('/api/tenant-users', { headers: { authorization } });
      await expectProblem(response, 401, 'invalid_api_key');
      expect(JSON.stringify(await response.json())).not.toContain(viewer.secret);
    }
    await anonymous.dispose();
  });

  test('creation rules: no past expiry, no platform role; foreign keys are 404', async ({ page }, info) => {
    await adminOfNewTenant(page, info);
    const past = await page.request.post('/api/api-keys', {
      data: { name: 'Old', role: 'viewer', expiresAt: new Date(Date.now() - 60_000).toISOString() },
    });
    await expectProblem(past, 400, 'expiry_in_past');
    const platform = await page.request.post('/api/api-keys', { data: { name: 'Root', role: 'platform_owner' } });
    await expectProblem(platform, 400, 'validation_failed');
    expect((await platform.json()).errors.map((e: { path: string }) => e.path)).toEqual(['role']);
    const list = await page.request.get('/api/api-keys');
    expect((await list.json()).total).toBe(0);

    // Another tenant's admin and key.
    const other = await createTenant();
    const otherAdmin = await createUser({ tenantId: other.id, role: 'tenant_admin' });
    await page.context().clearCookies();
    await signInAndWait(page, info, otherAdmin.email, otherAdmin.password);
    const foreign = await createKeyViaApi(page, { name: 'Theirs', role: 'viewer' });
    await page.context().clearCookies();
    await adminOfNewTenant(page, info);
    await expectProblem(await page.request.post(`/api/api-keys/${foreign.key.id}/revoke`), 404, 'not_found');
    await expectProblem(await page.request.post('/api/api-keys/not-a-uuid/revoke'), 404, 'not_found');
    expect(JSON.stringify(await (await page.request.get('/api/api-keys')).json())).not.toContain(foreign.key.id);
  });

  test('an expired key is refused and shown as expired', async ({ page, playwright }, info) => {
    await adminOfNewTenant(page, info);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const created = await createKeyViaApi(page, { name: 'Short lived', role: 'tenant_admin', expiresAt: tomorrow });
    const client = await bearer(playwright, info, created.secret);
    expect((await client.get('/api/tenant-users')).status()).toBe(200);
    await sql(`UPDATE api_keys SET expires_at = now() - interval '1 minute' WHERE id = $1`, [created.key.id]);
    await expectProblem(await client.get('/api/tenant-users'), 401, 'invalid_api_key');
    await client.dispose();
    await page.goto(localized(info, '/settings/api-keys'));
    await expect(visible(page, 'api-key-status')).toHaveAttribute('data-status', 'expired');
  });

  test('a user without api_keys.manage gets 404 for the page and 403 from the API', async ({ page }, info) => {
    const tenant = await createTenant();
    const engineer = await createUser({ tenantId: tenant.id, role: 'engineer' });
    await signInAndWait(page, info, engineer.email, engineer.password);
    expect((await page.goto(localized(info, '/settings/api-keys')))?.status()).toBe(404);
    await expectProblem(await page.request.get('/api/api-keys'), 403, 'forbidden');
  });

  test('no way back in: a demoted admin’s key is narrowed, a disabled admin’s key suspended', async ({
    page,
    browser,
    playwright,
  }, info) => {
    // Two browsers, two role changes and three page loads: more than the default 30 s on a busy machine.
    test.slow();
    // Mallory, an admin, mints a tenant_admin key before she is demoted and then disabled.
    const tenant = await createTenant();
    const mallory = await createUser({ tenantId: tenant.id, role: 'tenant_admin', name: 'Mallory Admin' });
    const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin', name: 'Other Admin' });
    await signInAndWait(page, info, mallory.email, mallory.password);
    const { key, secret } = await createKeyViaApi(page, { name: 'Backdoor', role: 'tenant_admin' });
    const client = await bearer(playwright, info, secret);
    const newAdmin = (label: string) => ({
      name: 'Way back in',
      email: `back-${label}-${key.id.slice(0, 8)}@e2e.test`,
      role: 'tenant_admin',
    });
    expect((await client.get('/api/tenant-users')).status()).toBe(200);

    // The other admin demotes her: the key may do only what an engineer may.
    const adminPage = await otherBrowser(browser, info);
    await signInAndWait(adminPage, info, admin.email, admin.password);
    const change = async (data: Record<string, string>) =>
      expect((await adminPage.request.put(`/api/tenant-users/${mallory.id}`, { data })).status()).toBe(200);
    await change({ role: 'engineer' });
    await expectProblem(await client.post('/api/tenant-users', { data: newAdmin('demoted') }), 403, 'forbidden');
    await expectProblem(await client.get('/api/tenant-users'), 403, 'forbidden');
    await adminPage.goto(localized(info, '/settings/api-keys'));
    await expect(visible(adminPage, 'api-key-status')).toHaveAttribute('data-status', 'narrowed');
    await expect(visible(adminPage, 'api-key-status-note')).toContainText('Mallory Admin');

    // Disabled: the key is refused altogether, like a session.
    await change({ status: 'disabled' });
    await expectProblem(await client.post('/api/tenant-users', { data: newAdmin('disabled') }), 401, 'invalid_api_key');
    await adminPage.reload();
    await expect(visible(adminPage, 'api-key-status')).toHaveAttribute('data-status', 'suspended');
    await expect(visible(adminPage, 'api-key-status-note')).toContainText('Mallory Admin');
    fs.mkdirSync('screenshots', { recursive: true });
    await adminPage.screenshot({ path: `screenshots/${info.project.name}-api-keys-suspended.png`, fullPage: true });

    const created = await sql(`SELECT count(*)::int AS n FROM users WHERE email LIKE 'back-%' AND tenant_id = $1`, [
      tenant.id,
    ]);
    expect(created.rows[0].n).toBe(0);
    const audit = await sql(
      `SELECT action FROM audit_logs WHERE target_id = $1 AND action <> 'api_key.create' ORDER BY created_at`,
      [key.id],
    );
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual(['api_key.narrowed', 'api_key.suspended']);

    // Re-enabled and promoted again: the key is whole again.
    await change({ status: 'active' });
    await change({ role: 'tenant_admin' });
    expect((await client.get('/api/tenant-users')).status()).toBe(200);
    await adminPage.reload();
    await expect(visible(adminPage, 'api-key-status')).toHaveAttribute('data-status', 'active');
    await expect(visible(adminPage, 'api-key-status-note')).toHaveCount(0);
    await client.dispose();
    await adminPage.context().close();
  });

  test('screenshots: API keys page, create dialog and the secret shown once', async ({ page }, info) => {
    fs.mkdirSync('screenshots', { recursive: true });
    const shot = (name: string, fullPage = true) =>
      page.screenshot({ path: `screenshots/${info.project.name}-api-keys-${name}.png`, fullPage });
    await adminOfNewTenant(page, info);
    await page.goto(localized(info, '/settings/api-keys'));
    // Only the visible copy: while the streamed section replaces its fallback, a hidden one may exist.
    await expect(visible(page, 'api-keys-empty')).toBeVisible();
    await shot('empty');

    const revoked = await createKeyViaApi(page, { name: 'Old integration', role: 'engineer' });
    await page.request.post(`/api/api-keys/${revoked.key.id}/revoke`);
    const expired = await createKeyViaApi(page, {
      name: 'Pilot',
      role: 'viewer',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    await sql(`UPDATE api_keys SET expires_at = now() - interval '1 day' WHERE id = $1`, [expired.key.id]);
    await createKeyViaApi(page, {
      name: 'Historian export',
      role: 'reliability_engineer',
      expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    });
    await page.reload();
    await expect(visible(page, 'api-key-status')).toHaveCount(3);
    await shot('list');

    await page.getByTestId('create-api-key').click();
    await page.locator('#api-key-name').fill('SCADA bridge');
    await shot('create', false);
    await page.getByTestId('create-api-key-submit').click();
    await expect(page.getByTestId('api-key-secret')).toBeVisible();
    await shot('secret', false);
    await page.getByTestId('api-key-secret-done').click();

    if (!isMobile(info)) return;
    await visible(page, 'revoke-api-key').first().click();
    await expect(page.getByTestId('revoke-api-key-dialog')).toBeVisible();
    await shot('revoke', false);
  });
});
