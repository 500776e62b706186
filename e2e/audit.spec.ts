/**
 * The audit log page: the platform owner sees every tenant (and platform-level entries) with a
 * tenant filter, and the before/after of an entry; a tenant admin sees only their own tenant's
 * entries, whatever the URL says; an action made with an API key names the key beside its
 * creator and can be filtered by key and actor type. Filters live in the URL. Plus screenshots.
 */
import fs from 'node:fs';
import crypto from 'node:crypto';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { createTenant, createUser } from './support/data';
import { isMobile, localized, signInAndWait } from './support/ui';

const OWNER = 'owner@optria.demo';
const visible = (locator: Locator) => locator.locator('visible=true');
const entries = (page: Page, info: TestInfo) => visible(page.getByTestId(isMobile(info) ? 'audit-card' : 'audit-row'));

/** On phones the filter fields are folded away behind a button. */
async function showFilters(page: Page, info: TestInfo) {
  if (isMobile(info)) await page.getByTestId('toggle-filters').click();
}

/** A tenant created by the platform owner through the API (so its tenant.create entry exists). */
async function ownerCreatesTenant(page: Page) {
  const s = crypto.randomBytes(3).toString('hex');
  const response = await page.request.post('/api/tenants', {
    data: {
      name: `Audit Co ${s}`,
      slug: `audit-co-${s}`,
      admin: { authSource: 'sso', name: 'Aziz Admin', email: `aziz.${s}@audit.test` },
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).tenant as { id: string; name: string; slug: string };
}

test('platform owner: all tenants, a tenant filter, and the before/after of tenant.create', async ({ page }, info) => {
  await signInAndWait(page, info, OWNER);
  const tenant = await ownerCreatesTenant(page);
  await page.goto(localized(info, '/audit-log'));
  // The platform view has a tenant column/field and a tenant filter.
  await showFilters(page, info);
  await expect(page.getByTestId('filter-tenant')).toBeVisible();
  await page.getByTestId('filter-tenant').selectOption({ label: tenant.name });
  await page.getByTestId('apply-filters').click();
  await expect(page).toHaveURL(new RegExp(`tenant_id=${tenant.id}`));
  await expect(entries(page, info)).toHaveCount(2);
  // Both entries were written in one transaction (same time), so compare them as a set.
  expect((await entries(page, info).getByTestId('audit-action').allTextContents()).sort()).toEqual([
    'tenant.create',
    'user.create',
  ]);
  for (const tenantCell of await entries(page, info).getByTestId('audit-tenant').all()) {
    await expect(tenantCell).toHaveText(tenant.name);
  }
  await expect(entries(page, info).getByTestId('audit-actor').first()).toHaveText('Platform Owner');

  // Details: before/after of the tenant creation.
  const created = entries(page, info).filter({ hasText: 'tenant.create' });
  await created.getByTestId('audit-details').click();
  const dialog = page.getByTestId('audit-details-dialog');
  await expect(dialog.getByTestId('audit-changes')).toContainText(tenant.slug);
  await page.screenshot({ path: `screenshots/${info.project.name}-audit-details.png` });
  await page.keyboard.press('Escape');

  // Filters combine, live in the URL, and survive a reload.
  await showFilters(page, info);
  await page.getByTestId('filter-action').selectOption('tenant.create');
  await page.getByTestId('apply-filters').click();
  await expect(page).toHaveURL(/action=tenant\.create/);
  await page.reload();
  await expect(entries(page, info)).toHaveCount(1);
  await expect(page.getByTestId('filter-action')).toHaveValue('tenant.create');

  // Platform-level entries only: none of them belongs to a tenant.
  await page.goto(localized(info, '/audit-log?scope=platform'));
  await expect(page.getByTestId('filter-tenant')).toHaveValue('platform');

  // The API agrees: all tenants by default, one with ?tenant_id=.
  const all = await (await page.request.get('/api/audit-log?pageSize=100')).json();
  expect(new Set(all.items.map((e: { tenantId: string | null }) => e.tenantId)).size).toBeGreaterThan(1);
  const one = await (await page.request.get(`/api/audit-log?tenant_id=${tenant.id}`)).json();
  expect(one.items.map((e: { action: string }) => e.action).sort()).toEqual(['tenant.create', 'user.create']);
  const bad = await page.request.get('/api/audit-log?from=2026-02-30');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors[0]).toMatchObject({ path: 'from', message: 'auditLog.errors.dateInvalid' });
});

test("a tenant admin sees only their own tenant's entries, whatever the URL asks", async ({ page }, info) => {
  const mine = await createTenant();
  const other = await createTenant();
  const admin = await createUser({ tenantId: mine.id, role: 'tenant_admin', name: 'Mona Mine' });
  const stranger = await createUser({ tenantId: other.id, role: 'tenant_admin', name: 'Omar Other' });
  // The other tenant has activity too (its admin signed in), and the platform owner has some.
  await signInAndWait(page, info, stranger.email, stranger.password);
  await page.context().clearCookies();

  await signInAndWait(page, info, admin.email, admin.password);
  await page.goto(localized(info, '/audit-log'));
  await expect(entries(page, info).first()).toBeVisible();
  await expect(page.getByTestId('filter-tenant')).toHaveCount(0);
  await expect(page.getByText('Omar Other')).toHaveCount(0);
  await expect(entries(page, info).getByTestId('audit-actor').first()).toHaveText('Mona Mine');

  const api = await (await page.request.get('/api/audit-log?pageSize=100')).json();
  expect(api.items.length).toBeGreaterThan(0);
  expect(api.items.every((e: { tenantId: string }) => e.tenantId === mine.id)).toBe(true);
  // Asking for another tenant or for platform entries changes nothing (or is a 404).
  expect((await page.request.get(`/api/audit-log?tenant_id=${other.id}`)).status()).toBe(404);
  const platform = await (await page.request.get('/api/audit-log?scope=platform&pageSize=100')).json();
  expect(platform.items.every((e: { tenantId: string }) => e.tenantId === mine.id)).toBe(true);
  await page.goto(localized(info, `/audit-log?tenant_id=${other.id}`));
  await expect(page.getByText('Omar Other')).toHaveCount(0);
  await expect(entries(page, info).first()).toBeVisible();

  // Clicking an actor filters by them (kept in the URL, removable).
  await entries(page, info).getByTestId('audit-actor').first().click();
  await expect(page).toHaveURL(new RegExp(`actorUserId=${admin.id}`));
  await expect(page.getByTestId('actor-chip')).toContainText('Mona Mine');
});

test('an action made with an API key names the key and its creator, and filters by key and actor type', async ({
  page,
  playwright,
}, info) => {
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin', name: 'Kamal Keys' });
  await signInAndWait(page, info, admin.email, admin.password);
  const s = crypto.randomBytes(3).toString('hex');
  const created = await page.request.post('/api/api-keys', { data: { name: `Historian ${s}`, role: 'tenant_admin' } });
  expect(created.status()).toBe(201);
  const { key, secret } = (await created.json()) as {
    key: { id: string; name: string; prefix: string };
    secret: string;
  };

  // An API client (no cookie) creates a user with the key.
  const client = await playwright.request.newContext({
    baseURL: info.project.use.baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${secret}` },
  });
  const made = await client.post('/api/tenant-users', {
    data: { name: 'Keyed User', email: `keyed.${s}@e2e.test`, role: 'viewer' },
  });
  expect(made.status()).toBe(201);
  await client.dispose();

  // The API names the key beside its creator and filters by key and by actor type.
  const byKey = await (await page.request.get(`/api/audit-log?apiKeyId=${key.id}`)).json();
  expect(byKey.items).toHaveLength(1);
  expect(byKey.items[0]).toMatchObject({
    action: 'user.create',
    actor: {
      type: 'api_key',
      apiKey: { id: key.id, name: key.name, prefix: key.prefix },
      user: { id: admin.id, name: 'Kamal Keys' },
      system: null,
    },
  });
  const keyed = await (await page.request.get('/api/audit-log?actorType=api_key')).json();
  expect(keyed.items.map((i: { id: string }) => i.id)).toEqual([byKey.items[0].id]);
  const people = await (await page.request.get('/api/audit-log?actorType=user&pageSize=100')).json();
  expect(people.items.map((i: { action: string }) => i.action).sort()).toEqual(['api_key.create', 'auth.sign_in']);
  const bad = await page.request.get('/api/audit-log?actorType=robot');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors[0]).toMatchObject({ path: 'actorType' });

  // The page: "API key <name> (oiq_<prefix>…) created by <creator>", in the row and in the details.
  await page.goto(localized(info, '/audit-log'));
  const row = entries(page, info).filter({ has: page.getByTestId('audit-api-key') });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('audit-api-key')).toContainText(key.name);
  await expect(row.getByTestId('audit-api-key-prefix')).toHaveText(`${key.prefix}…`);
  await expect(row.getByTestId('audit-person')).toHaveText('Kamal Keys');
  await page.screenshot({ path: `screenshots/${info.project.name}-audit-api-key-row.png` });
  await row.getByTestId('audit-details').click();
  const dialog = page.getByTestId('audit-details-dialog');
  await expect(dialog).toContainText(key.name);
  await expect(dialog).toContainText(key.prefix);
  await expect(dialog).toContainText(key.id);
  await page.screenshot({ path: `screenshots/${info.project.name}-audit-api-key-details.png` });
  await page.keyboard.press('Escape');

  // Filter by the key in the form, then by actor type; both live in the URL.
  await showFilters(page, info);
  await page.getByTestId('filter-api-key').selectOption(key.id);
  await page.getByTestId('apply-filters').click();
  await expect(page).toHaveURL(new RegExp(`apiKeyId=${key.id}`));
  await expect(entries(page, info)).toHaveCount(1);
  await showFilters(page, info);
  await page.getByTestId('filter-api-key').selectOption('');
  await page.getByTestId('filter-actor-type').selectOption('user');
  await page.getByTestId('apply-filters').click();
  await expect(page).toHaveURL(/actorType=user/);
  await expect(entries(page, info)).toHaveCount(2);
  await expect(entries(page, info).getByTestId('audit-api-key')).toHaveCount(0);
  // Clicking the key in a row filters by it.
  await page.goto(localized(info, '/audit-log'));
  await row.getByTestId('audit-api-key').click();
  await expect(page).toHaveURL(new RegExp(`apiKeyId=${key.id}`));
  await expect(entries(page, info)).toHaveCount(1);
});

test('screenshots: audit log for the platform owner and a tenant admin', async ({ page }, info) => {
  fs.mkdirSync('screenshots', { recursive: true });
  const name = info.project.name;
  await signInAndWait(page, info, OWNER);
  await page.goto(localized(info, '/audit-log'));
  await expect(entries(page, info).first()).toBeVisible();
  await page.screenshot({ path: `screenshots/${name}-audit-platform.png`, fullPage: !isMobile(info) });
  if (isMobile(info)) {
    await showFilters(page, info);
    await page.screenshot({ path: `screenshots/${name}-audit-filters.png` });
  }
  await page.context().clearCookies();
  await signInAndWait(page, info, 'admin@gulfpetrochem.demo');
  await page.goto(localized(info, '/audit-log'));
  await expect(entries(page, info).first()).toBeVisible();
  await page.screenshot({ path: `screenshots/${name}-audit-tenant.png`, fullPage: !isMobile(info) });
  await page.goto(localized(info, '/audit-log?action=no.such.action'));
  await expect(page.getByTestId('audit-empty')).toBeVisible();
  await page.screenshot({ path: `screenshots/${name}-audit-empty.png` });
});
