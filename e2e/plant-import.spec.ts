/**
 * Bulk import of the plant model from CSV through the page: choose a file, read the per-row errors
 * in the page's language, import the valid rows, see the result, and choose the file again (nothing
 * changes). Screenshots in screenshots/plant-import-<lang>-<desktop|mobile>-<step>.png. The API's
 * guards (role, cross-origin, media type) are checked over HTTP once.
 */
import { expect, test } from '@playwright/test';
import crypto from 'node:crypto';
import { createTenant, createUser } from './support/data';
import { isMobile, langOf, localized, signInAndWait } from './support/ui';

const plantCsv = (s: string) =>
  [
    '\uFEFFrecord,site_code,unit_code,asset_tag,parent_tag,signal_tag,name_ar,name_en,type,criticality,eng_unit,kind,normal_low,normal_high',
    `site,RYD-${s},,,,,مجمع الرياض,Riyadh complex,,,,,,`,
    `unit,RYD-${s},TEP-${s},,,,وحدة التفاعل,Reaction unit,,,,,,`,
    `asset,,TEP-${s},R-101-${s},,,مفاعل,Reactor,reactor,A,,,,`,
    `asset,,TEP-${s},P-101-${s},R-101-${s},,مضخة التغذية,Feed pump,pump,C,,,,`,
    `asset,,TEP-${s},X-9-${s},,,مركبة,Spaceship,spaceship,B,,,,`,
    `signal,,,R-101-${s},,XMEAS(7)-${s},,,,,kPa,measurement,2700,2800`,
    `signal,,,R-101-${s},,XMEAS(8)-${s},,,,,%,measurement,90,70`,
  ].join('\r\n');

test('plant import page: check a file, read its errors, import the valid rows, re-import changes nothing', async ({
  page,
}, info) => {
  test.setTimeout(90_000);
  const lang = langOf(info);
  const tenant = await createTenant();
  const engineer = await createUser({ tenantId: tenant.id, role: 'engineer' });
  const s = crypto.randomBytes(2).toString('hex').toUpperCase();
  const file = { name: 'plant.csv', mimeType: 'text/csv', buffer: Buffer.from(plantCsv(s), 'utf8') };
  const shot = (step: string) =>
    page.screenshot({
      path: `screenshots/plant-import-${lang}-${isMobile(info) ? 'mobile' : 'desktop'}-${step}.png`,
      fullPage: true,
    });

  // A summary line's counts per record type: site, unit, asset, signal.
  const counts = (line: string) => page.getByTestId(line).locator('td');

  await signInAndWait(page, info, engineer.email, engineer.password);
  await page.goto(localized(info, '/assets'));
  await page.getByTestId('assets-import-link').click();
  await expect(page).toHaveTitle(lang === 'ar' ? /استيراد نموذج المصنع/ : /Import plant model/);

  await page.getByTestId('import-files').setInputFiles(file);
  const issues = page.getByTestId('import-issue');
  await expect(issues).toHaveCount(2);
  await expect(issues.nth(0)).toContainText(lang === 'ar' ? 'اختر نوع الأصل' : 'Choose an asset type.');
  await expect(issues.nth(0)).toContainText('type');
  await expect(issues.nth(1)).toContainText(lang === 'ar' ? 'يجب أن تكون الحدود مرتّبة' : 'Limits must be in order');
  await expect(counts('summary-create')).toHaveText(['1', '1', '2', '1']);
  await expect(page.getByTestId('import-summary')).toContainText('2'); // rows with errors
  await expect(page.getByTestId('import-preview-row')).toHaveCount(7);
  await expect(page.getByTestId('import-preview')).toContainText(lang === 'ar' ? 'مضخة التغذية' : 'Feed pump');
  await expect(page.getByTestId('import-all')).toBeDisabled();
  await shot('preview');

  await page.getByTestId('import-valid').click();
  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible();
  // Created: 1 site, 1 unit, 2 assets, 1 signal; 2 rows skipped.
  await expect(counts('summary-create')).toHaveText(['1', '1', '2', '1']);
  await shot('result');

  // The same file again: everything already there, nothing to do.
  await page.reload();
  await page.getByTestId('import-files').setInputFiles(file);
  await expect(counts('summary-unchanged')).toHaveText(['1', '1', '2', '1']);
  await expect(counts('summary-create')).toHaveText(['0', '0', '0', '0']);
  await shot('reimport');

  // What was imported is on the assets page, in the page's language.
  await page.goto(localized(info, `/assets?q=${s}`));
  await expect(page.getByTestId(isMobile(info) ? 'asset-card' : 'asset-row')).toHaveCount(2);
});

test('plant import API: role, cross-origin and media-type guards; the template', async ({ page }, info) => {
  test.skip(info.project.name !== 'en-desktop', 'HTTP only: once is enough');
  const tenant = await createTenant();
  const viewer = await createUser({ tenantId: tenant.id, role: 'viewer' });
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
  const multipart = {
    file: {
      name: 'a.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('record,site_code,name_ar,name_en\r\nsite,Z-1,ز,Z\r\n'),
    },
  };

  await signInAndWait(page, info, viewer.email, viewer.password);
  expect((await page.request.post('/api/plant-import/preview', { multipart })).status()).toBe(403);
  expect((await page.request.post('/api/plant-import', { multipart })).status()).toBe(403);
  await page.context().clearCookies();

  await signInAndWait(page, info, admin.email, admin.password);
  const crossSite = await page.request.post('/api/plant-import', {
    multipart,
    headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
  });
  expect(crossSite.status()).toBe(403);
  expect((await crossSite.json()).code).toBe('cross_origin_request');
  const json = await page.request.post('/api/plant-import', { data: { file: 'record' } });
  expect(json.status()).toBe(415);
  const preview = await page.request.post('/api/plant-import/preview', { multipart });
  expect(preview.status()).toBe(200);
  expect((await preview.json()).summary.create.site).toBe(1);
  const imported = await page.request.post('/api/plant-import', { multipart });
  expect((await imported.json()).summary.create.site).toBe(1);
  const template = await page.request.get('/api/plant-import/template');
  expect(template.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(await template.text()).toContain('record,site_code,unit_code,asset_tag');
});
