/**
 * The asset list page: server-rendered rows (table on desktop, cards on phones), filters in the URL
 * through a plain GET form, server pagination, the sidebar entry, the title; screenshots in
 * screenshots/assets-<lang>-<desktop|mobile>.png.
 */
import { expect, test } from '@playwright/test';
import crypto from 'node:crypto';
import { createTenant, createUser } from './support/data';
import { isMobile, langOf, localized, openSidebar, signInAndWait } from './support/ui';

test('assets page: list, filters in the URL, pagination, cards on phones', async ({ page }, info) => {
  // Two sign-ins, a plant built over the API and a dozen page loads: more than the default 30 s.
  test.setTimeout(90_000);
  const tenant = await createTenant();
  const viewer = await createUser({ tenantId: tenant.id, role: 'viewer' });
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
  const s = crypto.randomBytes(2).toString('hex').toUpperCase();

  // Build a small plant through the API as the admin.
  await signInAndWait(page, info, admin.email, admin.password);
  const post = async (path: string, data: object) => {
    const res = await page.request.post(path, { data });
    expect(res.status(), await res.text()).toBe(201);
    return res.json();
  };
  const site = await post('/api/sites', { code: `RYD-${s}`, nameAr: 'مجمع الرياض', nameEn: 'Riyadh complex' });
  const unit = await post('/api/units', {
    siteId: site.id,
    code: `TEP-${s}`,
    nameAr: 'وحدة التفاعل',
    nameEn: 'Reaction unit',
  });
  const assets: [string, string, string, string, string][] = [
    ['R-101', 'مفاعل', 'Reactor', 'reactor', 'A'],
    ['C-101', 'ضاغط إعادة التدوير', 'Recycle compressor', 'compressor', 'A'],
    ['E-101', 'مكثف', 'Condenser', 'heat_exchanger', 'B'],
    ['V-101', 'فاصل', 'Separator', 'vessel', 'B'],
    ['P-101', 'مضخة التغذية', 'Feed pump', 'pump', 'C'],
  ];
  for (const [tag, nameAr, nameEn, type, criticality] of assets)
    await post('/api/assets', { unitId: unit.id, tag: `${tag}-${s}`, nameAr, nameEn, type, criticality });
  await page.context().clearCookies();

  await signInAndWait(page, info, viewer.email, viewer.password);
  const sidebar = await openSidebar(page, info);
  await sidebar.getByTestId('nav-assets').click();
  await expect(page).toHaveTitle(langOf(info) === 'ar' ? /الأصول/ : /Assets/);
  const rows = page.getByTestId(isMobile(info) ? 'asset-card' : 'asset-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toContainText(langOf(info) === 'ar' ? 'ضاغط إعادة التدوير' : 'Recycle compressor');
  const shot = async (kind: string) =>
    page.screenshot({ path: `screenshots/assets-${langOf(info)}-${kind}.png`, fullPage: true });
  await shot(isMobile(info) ? 'mobile' : 'desktop');
  if (!isMobile(info)) {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('asset-card')).toHaveCount(5);
    await shot('mobile');
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  // Filters go into the URL and survive a reload; criticality A has two assets.
  await page.getByTestId('filter-criticality').selectOption('A');
  await page.getByTestId('filters-apply').click();
  await expect(page).toHaveURL(/criticality=A/);
  await page.reload();
  await expect(rows).toHaveCount(2);
  await page.getByTestId('filter-q').fill('feed');
  await page.getByTestId('filter-criticality').selectOption('');
  await page.getByTestId('filters-apply').click();
  await expect(rows).toHaveCount(1);

  // Server pagination keeps the filters.
  await page.goto(localized(info, `/assets?unit_id=${unit.id}&pageSize=2&page=3`));
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('pagination')).toContainText('3');
  await page.getByRole('link', { name: langOf(info) === 'ar' ? 'السابق' : 'Previous' }).click();
  await expect(page).toHaveURL(/unit_id=.*page=2|page=2.*unit_id=/);
  await expect(rows).toHaveCount(2);

  // Past the last page: "this page is empty" with a link to the last page, not "no assets yet".
  await page.goto(localized(info, `/assets?unit_id=${unit.id}&pageSize=2&page=99`));
  await expect(page.getByTestId('page-beyond-end')).toBeVisible();
  await expect(page.getByTestId('assets-empty')).toHaveCount(0);
  await page.getByTestId('page-last-link').click();
  await expect(page).toHaveURL(/page=3/);
  await expect(rows).toHaveCount(1);

  // A hand-edited bad filter shows everything with a notice, not an error page.
  await page.goto(localized(info, '/assets?criticality=Z'));
  await expect(page.getByTestId('assets-invalid')).toBeVisible();
  await expect(rows).toHaveCount(5);
});
