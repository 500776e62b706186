/**
 * Times follow the tenant's time zone, not the browser's: the browser runs in America/Los_Angeles
 * while the tenant is in Asia/Riyadh (the default), then in Europe/Berlin. The audit log shows each
 * entry at its tenant-zone time and its day filters count tenant days, so an entry made a minute
 * before midnight in the tenant's zone is listed under that day (not the browser's or UTC's). Also:
 * the setting's validation (localized problem+json), who may change it, the audit entry, and an
 * API key's expiry day ending at the tenant's midnight.
 */
import crypto from 'node:crypto';
import { Pool } from 'pg';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { createTenant, createUser, PASSWORD } from './support/data';
import { isMobile, langOf, localized, signInAndWait } from './support/ui';

test.use({ timezoneId: 'America/Los_Angeles' });

/** Test-only SQL: audit entries at chosen instants (no API may backdate one). */
let pool: Pool | undefined;
async function auditAt(tenantId: string, actorUserId: string, action: string, iso: string) {
  pool ??= new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  await pool.query(
    `INSERT INTO audit_logs (id, tenant_id, actor_user_id, action, target_type, target_id, created_at)
     VALUES ($1, $2, $3, $4, 'user', $5, $6)`,
    [crypto.randomUUID(), tenantId, actorUserId, action, iso, iso],
  );
}
test.afterAll(async () => {
  // With fullyParallel, a worker may run afterAll more than once: close the pool once.
  const open = pool;
  pool = undefined;
  await open?.end();
});

// Riyadh (UTC+3): 23:59:30 on 30 Nov and 00:00:30 on 1 Dec. Los Angeles: 12:59:30 and 13:00:30 on 30 Nov.
const BEFORE_MIDNIGHT = '2026-11-30T20:59:30.000Z';
const AFTER_MIDNIGHT = '2026-11-30T21:00:30.000Z';

const times = (page: Page) => page.getByTestId('audit-time').locator('visible=true');
/** What the server renders: next-intl's medium date and time, in the tenant's zone. */
const shown = (info: TestInfo, iso: string, timeZone: string) =>
  new Intl.DateTimeFormat(langOf(info), { dateStyle: 'medium', timeStyle: 'medium', timeZone }).format(new Date(iso));

async function signInAsNewAdmin(page: Page, info: TestInfo) {
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
  await signInAndWait(page, info, admin.email, PASSWORD);
  return { tenant, admin };
}

async function filterDay(page: Page, info: TestInfo, day: string) {
  if (isMobile(info)) await page.getByTestId('toggle-filters').click();
  await page.getByTestId('filter-from').fill(day);
  await page.getByTestId('filter-to').fill(day);
  await page.getByTestId('apply-filters').click();
  await expect(page).toHaveURL(new RegExp(`from=${day}&to=${day}|to=${day}.*from=${day}`));
}

test('the audit log shows and filters by day in the tenant’s zone, whatever the browser’s', async ({ page }, info) => {
  test.setTimeout(90_000);
  const hydrationErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /hydrat/i.test(m.text())) hydrationErrors.push(m.text());
  });
  const { tenant, admin } = await signInAsNewAdmin(page, info);
  const action = `user.tz_${crypto.randomBytes(3).toString('hex')}`;
  await auditAt(tenant.id, admin.id, action, BEFORE_MIDNIGHT);
  await auditAt(tenant.id, admin.id, action, AFTER_MIDNIGHT);
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/Los_Angeles');

  // 1 December in Riyadh holds only the entry made 30 seconds after its midnight.
  await page.goto(localized(info, `/audit-log?action=${action}`));
  await expect(page.getByTestId('audit-time-zone')).toContainText('Asia/Riyadh');
  await filterDay(page, info, '2026-12-01');
  await expect(times(page)).toHaveText([shown(info, AFTER_MIDNIGHT, 'Asia/Riyadh')]);
  if (langOf(info) === 'en') await expect(times(page).first()).toContainText('Dec 1, 2026');
  // 30 November holds the one 30 seconds before (in Los Angeles both were on 30 Nov afternoon).
  await filterDay(page, info, '2026-11-30');
  await expect(times(page)).toHaveText([shown(info, BEFORE_MIDNIGHT, 'Asia/Riyadh')]);

  // The administrator moves the tenant to Europe/Berlin (UTC+1): both entries are now on 30 Nov.
  await page.goto(localized(info, '/settings'));
  await expect(page.getByTestId('settings-time-zone')).toHaveText('Asia/Riyadh');
  // The picker: the Gulf's zones first, each named with its city and its offset, not a raw ID list.
  const firstGroup = page.getByTestId('time-zone-select').locator('optgroup').first();
  await expect(firstGroup.locator('option').first()).toHaveAttribute('value', 'Asia/Riyadh');
  await expect(firstGroup.locator('option').first()).toHaveText(/^Riyadh — .+\(GMT\+03:00\)$|\+03:00/);
  await expect(firstGroup.locator('option[value="Asia/Dubai"]')).toHaveCount(1);
  await page.getByTestId('time-zone-select').selectOption('Europe/Berlin');
  await page.getByTestId('time-zone-save').click();
  await expect(page.getByTestId('time-zone-saved')).toContainText('Europe/Berlin');
  await expect(page.getByTestId('settings-time-zone')).toHaveText('Europe/Berlin');

  await page.goto(localized(info, `/audit-log?action=${action}&from=2026-11-30&to=2026-11-30`));
  await expect(page.getByTestId('audit-time-zone')).toContainText('Europe/Berlin');
  await expect(times(page)).toHaveText([
    shown(info, AFTER_MIDNIGHT, 'Europe/Berlin'),
    shown(info, BEFORE_MIDNIGHT, 'Europe/Berlin'),
  ]);
  await page.goto(localized(info, `/audit-log?action=${action}&from=2026-12-01&to=2026-12-01`));
  await expect(page.getByTestId('audit-empty')).toBeVisible();

  // The change itself is in the log with before/after.
  await page.goto(localized(info, '/audit-log?action=tenant_settings.update'));
  const entry = page.getByTestId(isMobile(info) ? 'audit-card' : 'audit-row').locator('visible=true');
  await expect(entry).toHaveCount(1);
  await entry.getByTestId('audit-details').click();
  await expect(page.getByTestId('audit-changes')).toContainText('Asia/Riyadh');
  await expect(page.getByTestId('audit-changes')).toContainText('Europe/Berlin');
  await page.screenshot({ path: `screenshots/${info.project.name}-audit-time-zone.png` });
  expect(hydrationErrors).toEqual([]);
});

test('the setting: localized validation, tenant administrators only, the platform owner on any tenant', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(90_000);
  const { tenant } = await signInAsNewAdmin(page, info);

  // An API key's expiry day ends at midnight in the tenant's zone (Riyadh), not the browser's.
  await page.goto(localized(info, '/settings/api-keys'));
  await page.getByTestId('create-api-key').click();
  const dialog = page.getByTestId('create-api-key-dialog');
  await dialog.locator('#api-key-name').fill('Shift report');
  await dialog.locator('#api-key-role').selectOption('viewer');
  await dialog.locator('#api-key-expiry').fill('2027-01-15');
  await dialog.getByTestId('create-api-key-submit').click();
  await expect(dialog.getByTestId('api-key-secret')).toBeVisible();
  const keys = await (await page.request.get('/api/api-keys')).json();
  expect(keys.items.map((k: { expiresAt: string }) => k.expiresAt)).toEqual(['2027-01-15T20:59:59.999Z']);

  const bad = await page.request.put('/api/tenant-settings', { data: { timeZone: 'Mars/Olympus_Mons' } });
  expect(bad.status()).toBe(400);
  const problem = await bad.json();
  expect(problem.errors).toEqual([expect.objectContaining({ path: 'timeZone', message: 'timeZone.errors.invalid' })]);
  expect(problem.errors[0].detail).toContain(langOf(info) === 'en' ? 'Choose a time zone' : 'اختر منطقة زمنية');
  expect((await (await page.request.get('/api/tenant-settings')).json()).timeZone).toBe('Asia/Riyadh');

  // A viewer of the same tenant may read it but not change it.
  const viewer = await createUser({ tenantId: tenant.id, role: 'viewer' });
  const other = await browser.newContext({ baseURL: info.project.use.baseURL, locale: info.project.use.locale });
  const viewerPage = await other.newPage();
  await signInAndWait(viewerPage, info, viewer.email, PASSWORD);
  expect((await viewerPage.request.put('/api/tenant-settings', { data: { timeZone: 'UTC' } })).status()).toBe(403);
  expect((await (await viewerPage.request.get('/api/tenant-settings')).json()).timeZone).toBe('Asia/Riyadh');
  await other.close();

  // The platform owner sets it through the tenant API, validated the same way.
  const owner = await browser.newContext({ baseURL: info.project.use.baseURL, locale: info.project.use.locale });
  const ownerPage = await owner.newPage();
  await signInAndWait(ownerPage, info, 'owner@optria.demo');
  const refused = await ownerPage.request.put(`/api/tenants/${tenant.id}`, { data: { timeZone: 'UTC+3' } });
  expect(refused.status()).toBe(400);
  const saved = await ownerPage.request.put(`/api/tenants/${tenant.id}`, { data: { timeZone: 'America/Chicago' } });
  expect(saved.status()).toBe(200);
  expect((await saved.json()).timeZone).toBe('America/Chicago');
  await owner.close();
  expect((await (await page.request.get('/api/tenant-settings')).json()).timeZone).toBe('America/Chicago');
});
