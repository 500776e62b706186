/**
 * The audit log page: the platform owner sees every tenant (and platform-level entries) with a
 * tenant filter, and the before/after of an entry; a tenant admin sees only their own tenant's
 * entries, whatever the URL says. Filters live in the URL. Plus screenshots.
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
