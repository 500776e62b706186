import { expect, test } from '@playwright/test';
import { createTenant, createUser } from './support/data';
import { langOf, localized, openSidebar, signInAndWait } from './support/ui';

const navKeys = async (sidebar: import('@playwright/test').Locator) =>
  (
    await sidebar.locator('[data-testid^="nav-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))
  ).sort();

test.describe('app shell', () => {
  test('platform_owner sees the Management entries and no tenant modules', async ({ page }, info) => {
    await signInAndWait(page, info, 'owner@optria.demo');
    const sidebar = await openSidebar(page, info);
    expect(await navKeys(sidebar)).toEqual([
      'nav-home',
      'nav-platformAuditLog',
      'nav-platformUsers',
      'nav-systemStatus',
      'nav-tenants',
    ]);
    await sidebar.getByTestId('nav-systemStatus').click();
    await expect(page.getByTestId('worker-status')).toBeVisible();
    await expect(page.getByTestId('migrations-applied')).not.toBeEmpty();
  });

  test('tenant_admin sees the audit log and settings; a viewer sees only home, the plant and the status of integrations', async ({
    page,
  }, info) => {
    const tenant = await createTenant();
    const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
    await signInAndWait(page, info, admin.email, admin.password);
    await expect(page.getByTestId('tenant-name')).toHaveText(tenant.name);
    const sidebar = await openSidebar(page, info);
    expect(await navKeys(sidebar)).toEqual([
      'nav-apiKeys',
      'nav-assets',
      'nav-auditLog',
      'nav-home',
      'nav-integrations',
      'nav-settings',
      'nav-sites',
      'nav-sso',
      'nav-users',
    ]);
    await sidebar.getByTestId('nav-auditLog').click();
    // The admin's own sign-in is already in the audit log, on the page and through the API.
    await expect(page.getByText('auth.sign_in').locator('visible=true').first()).toBeVisible();
    const api = await (await page.request.get('/api/audit-log')).json();
    expect(api.items.map((e: { action: string }) => e.action)).toContain('auth.sign_in');

    const viewer = await createUser({ tenantId: tenant.id, role: 'viewer' });
    await page.context().clearCookies();
    await signInAndWait(page, info, viewer.email, viewer.password);
    expect(await navKeys(await openSidebar(page, info))).toEqual([
      'nav-assets',
      'nav-home',
      'nav-integrations',
      'nav-sites',
    ]);
    const response = await page.goto(localized(info, '/settings'));
    expect(response?.status()).toBe(404);
  });

  test('a module whose flag is off disappears from the sidebar and its page is 404', async ({ page }, info) => {
    const tenant = await createTenant({ flags: { audit_log: false } });
    const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
    await signInAndWait(page, info, admin.email, admin.password);
    expect(await navKeys(await openSidebar(page, info))).toEqual([
      'nav-apiKeys',
      'nav-assets',
      'nav-home',
      'nav-integrations',
      'nav-settings',
      'nav-sites',
      'nav-sso',
      'nav-users',
    ]);
    const response = await page.goto(localized(info, '/audit-log'));
    expect(response?.status()).toBe(404);
    // The module's API is gone too.
    expect((await page.request.get('/api/audit-log')).status()).toBe(404);
  });

  test('language switch flips direction and is remembered', async ({ page }, info) => {
    const lang = langOf(info);
    await page.goto(localized(info, '/login'));
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.getByTestId('language-switch').click();
    const other = lang === 'ar' ? 'en' : 'ar';
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect(page.locator('html')).toHaveAttribute('dir', other === 'ar' ? 'rtl' : 'ltr');
    await expect(page).toHaveURL(other === 'en' ? /\/en\/login$/ : /127\.0\.0\.1:\d+\/login$/);
    // Remembered: an unprefixed link now lands in the chosen language.
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    // ?lang= works on any page.
    await page.goto(`/login?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });

  test('unknown pages get a localized 404', async ({ page }, info) => {
    const tenant = await createTenant();
    const user = await createUser({ tenantId: tenant.id, role: 'engineer' });
    await signInAndWait(page, info, user.email, user.password);
    const response = await page.goto(localized(info, '/no-such-page'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', langOf(info));
    await expect(page.getByText('404')).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the sidebar is a drawer that opens and navigates', async ({ page }, info) => {
    await signInAndWait(page, info, 'admin@gulfpetrochem.demo');
    await expect(page.getByTestId('sidebar').locator('visible=true')).toHaveCount(0);
    await page.getByTestId('open-menu').click();
    const drawer = page.getByTestId('sidebar').locator('visible=true');
    await drawer.getByTestId('nav-settings').click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByTestId('module-flags')).toBeVisible();
    await expect(page.getByTestId('sidebar').locator('visible=true')).toHaveCount(0);
  });
});
