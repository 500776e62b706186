/**
 * The plant's create/edit forms and pages: sites → units → assets → signals and links, through the
 * dialogs, in the project's language and screen size. Field errors are localized (the same zod
 * schemas run in the browser and in the API); deleting an asset with history is refused clearly
 * and retiring keeps it; a viewer sees no write control and the API refuses them. Screenshots in
 * screenshots/plant-<page>-<lang>-<desktop|mobile>.png.
 */
import crypto from 'node:crypto';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import { createTenant, createUser } from './support/data';
import { isMobile, langOf, localized, openSidebar, signInAndWait } from './support/ui';

const msg = (info: TestInfo) => (langOf(info) === 'en' ? en : ar);
const suffix = () => crypto.randomBytes(2).toString('hex').toUpperCase();

/** The whole page, or only the screen while a dialog is open. */
async function shot(page: Page, info: TestInfo, name: string, fullPage = true) {
  await page.screenshot({
    path: `screenshots/plant-${name}-${langOf(info)}-${isMobile(info) ? 'mobile' : 'desktop'}.png`,
    fullPage,
  });
}

/** Nothing wider than the screen (phones: 390 px). */
async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function post(page: Page, path: string, data: object) {
  const res = await page.request.post(path, { data });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

test('an engineer builds a site, unit, asset with signals and links through the forms, then retires the asset', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const m = msg(info);
  const tenant = await createTenant();
  const engineer = await createUser({ tenantId: tenant.id, role: 'engineer' });
  const s = suffix();
  await signInAndWait(page, info, engineer.email, engineer.password);

  // An empty plant: the assets list points to the next step, creating the first site.
  await page.goto(localized(info, '/assets'));
  await expect(page.getByTestId('assets-next-step')).toHaveText(m.plantUi.asset.emptyNoUnits);
  await page.getByTestId('assets-go-sites').click();
  await expect(page).toHaveTitle(new RegExp(m.plantUi.site.listTitle));
  await expect(page.getByTestId('sites-empty')).toContainText(m.plantUi.site.emptyWrite);

  // Site: the browser checks with the API's schema, errors in the page's language.
  await page.getByTestId('create-site').click();
  const siteDialog = page.getByTestId('create-site-dialog');
  await siteDialog.locator('#site-code').fill('bad code!');
  await page.getByTestId('create-site-submit').click();
  await expect(page.getByTestId('site-code-error')).toHaveText(m.plant.validation.code);
  await expect(page.getByTestId('site-nameAr-error')).toHaveText(m.plant.validation.nameRequired);
  await siteDialog.locator('#site-code').fill(`RYD-${s}`);
  await siteDialog.locator('#site-nameAr').fill('مجمع الرياض');
  await siteDialog.locator('#site-nameEn').fill('Riyadh complex');
  await page.getByTestId('create-site-submit').click();
  await expect(siteDialog).toBeHidden();
  await page.getByTestId('site-row').getByRole('link').click();
  await expect(page.getByTestId('place-title')).toHaveText(langOf(info) === 'ar' ? 'مجمع الرياض' : 'Riyadh complex');

  // A code another site has: the API's 409 lands on the code field.
  await post(page, '/api/sites', { code: `JUB-${s}`, nameAr: 'الجبيل', nameEn: 'Jubail' });
  await page.getByTestId('edit-site').click();
  await page.locator('#site-code').fill(`jub-${s}`);
  await page.getByTestId('edit-site-submit').click();
  await expect(page.getByTestId('site-code-error')).toHaveText(m.plant.errors.siteCodeTaken);
  await page.locator('#site-code').fill(`RYD-${s}`);
  await page.locator('#site-nameEn').fill('Riyadh site');
  await page.locator('#site-nameAr').fill('موقع الرياض');
  await page.getByTestId('edit-site-submit').click();
  await expect(page.getByTestId('place-title')).toHaveText(langOf(info) === 'ar' ? 'موقع الرياض' : 'Riyadh site');

  // Unit, created from its site.
  await page.getByTestId('create-unit').click();
  await page.locator('#unit-code').fill(`TEP-${s}`);
  await page.locator('#unit-nameAr').fill('وحدة التفاعل');
  await page.locator('#unit-nameEn').fill('Reaction unit');
  await page.getByTestId('create-unit-submit').click();
  await page.getByTestId('unit-row').getByRole('link').click();
  await expect(page.getByTestId('place-title')).toHaveText(langOf(info) === 'ar' ? 'وحدة التفاعل' : 'Reaction unit');
  await expect(page.getByTestId('assets-empty')).toHaveText(m.plantUi.asset.emptyWrite);

  // Asset: bad tag, metadata that is not JSON, no type: each field says why.
  await page.getByTestId('create-asset').click();
  const assetDialog = page.getByTestId('create-asset-dialog');
  await assetDialog.locator('#asset-tag').fill('P 101');
  await assetDialog.locator('#asset-nameAr').fill('مضخة التغذية');
  await assetDialog.locator('#asset-nameEn').fill('Feed pump');
  await assetDialog.locator('[name=metadata]').fill('{ratedKw: 75');
  await page.getByTestId('create-asset-submit').click();
  await expect(page.getByTestId('asset-tag-error')).toHaveText(m.plant.validation.tag);
  await expect(page.getByTestId('asset-type-error')).toHaveText(m.plant.validation.assetType);
  await expect(page.getByTestId('asset-metadata-error')).toHaveText(m.plant.validation.metadata);
  await shot(page, info, 'asset-form', false);
  await assetDialog.locator('#asset-tag').fill(`P-101-${s}`);
  await assetDialog.locator('#asset-type').selectOption('pump');
  await assetDialog.locator('#asset-criticality').selectOption('B');
  await assetDialog.locator('#asset-installDate').fill('2019-04-01');
  await assetDialog.locator('[name=metadata]').fill('{"ratedKw": 75}');
  await page.getByTestId('create-asset-submit').click();
  await expect(assetDialog).toBeHidden();
  // The list links to the asset's page; this test works on the asset's context in its unit page.
  await page
    .getByTestId(isMobile(info) ? 'asset-card' : 'asset-row')
    .getByTestId('asset-link')
    .click();
  await expect(page.getByTestId('asset-title')).toHaveText(langOf(info) === 'ar' ? 'مضخة التغذية' : 'Feed pump');
  const created = (await (await page.request.get(`/api/assets?q=P-101-${s}`)).json()).items[0];
  await page.goto(localized(info, `/units/${created.unitId}?asset=${created.id}`));
  const context = page.getByTestId('asset-context');
  await expect(context).toContainText(`P-101-${s}`);

  // Edit it.
  await page.getByTestId('edit-asset').click();
  await page.locator('#asset-manufacturer').fill('Flowserve');
  await page.getByTestId('edit-asset-submit').click();
  await expect(page.getByTestId('asset-manufacturer')).toHaveText('Flowserve');

  // Signal: limits out of order are refused on the offending field; then saved and edited.
  await page.getByTestId('create-signal').click();
  const signalDialog = page.getByTestId('create-signal-dialog');
  await signalDialog.locator('#signal-tag').fill(`FI-101-${s}.PV`);
  await signalDialog.locator('#signal-kind').selectOption('measurement');
  await signalDialog.locator('#signal-normalLow').fill('10');
  await signalDialog.locator('#signal-normalHigh').fill('5');
  await signalDialog.locator('#signal-sampleIntervalSeconds').fill('0');
  await page.getByTestId('create-signal-submit').click();
  await expect(page.getByTestId('signal-normalHigh-error')).toHaveText(m.plant.validation.limitsOrder);
  await expect(page.getByTestId('signal-sampleIntervalSeconds-error')).toHaveText(m.plant.validation.sampleInterval);
  await signalDialog.locator('#signal-normalHigh').fill('50');
  await signalDialog.locator('#signal-criticalHigh').fill('80');
  await signalDialog.locator('#signal-sampleIntervalSeconds').fill('5');
  await signalDialog.locator('#signal-unit').fill('m3/h');
  await page.getByTestId('create-signal-submit').click();
  await expect(signalDialog).toBeHidden();
  const signal = page.getByTestId('signal-row');
  await expect(signal).toContainText('[m3/h]');
  await expect(signal.getByTestId('signal-limits')).toContainText(`${m.plantUi.bands.normal} 10 … 50`);
  await expect(signal.getByTestId('signal-limits')).toContainText(`${m.plantUi.bands.critical} −∞ … 80`);
  await signal.getByTestId('edit-signal').click();
  await page.locator('#signal-unit').fill('t/h');
  await page.getByTestId('edit-signal-submit').click();
  await expect(signal).toContainText('[t/h]');

  // Link to a second asset of the unit.
  const asset = await (await page.request.get(`/api/assets?q=P-101-${s}`)).json();
  const unitId = asset.items[0].unitId;
  await post(page, '/api/assets', {
    unitId,
    tag: `T-201-${s}`,
    nameAr: 'خزان',
    nameEn: 'Tank',
    type: 'tank',
    criticality: 'C',
  });
  await page.getByTestId('add-link').click();
  await page.getByTestId('add-link-submit').click();
  await expect(page.getByTestId('link-medium-error')).toHaveText(m.plant.validation.medium);
  await page.locator('#link-other').selectOption({ label: `T-201-${s} · ${langOf(info) === 'ar' ? 'خزان' : 'Tank'}` });
  await page.locator('#link-medium').selectOption('product');
  await page.getByTestId('add-link-submit').click();
  await expect(page.getByTestId('link-row')).toContainText(m.plantUi.media.product);

  // Delete cannot succeed (it has history): not offered, with the reason; retire instead, then reactivate.
  await expect(page.getByTestId('delete-asset')).toBeDisabled();
  await expect(page.getByTestId('delete-asset-reason')).toHaveText(m.plant.errors.assetHasHistory);
  await page.getByTestId('retire-asset').click();
  await page.getByTestId('confirm-action').click();
  await expect(page.getByTestId('asset-status')).toHaveText(m.assetsPage.status.retired);
  await expect(page.getByTestId('reactivate-asset')).toBeVisible();
  await expect(page.getByTestId('signal-row')).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId('link-row')).toHaveCount(1);
  await expect(page.getByTestId('signal-row')).toHaveCount(1);
  // A unit's (and a site's) assets carry the assets list's health and connectivity columns.
  await expect(page.getByTestId('unit-assets').locator('[data-testid="connectivity"]:visible')).toHaveCount(2);
  await expectNoHorizontalOverflow(page);
  await shot(page, info, 'unit');
  await page.getByTestId('create-signal').click();
  await expect(page.getByTestId('create-signal-dialog')).toBeVisible();
  await shot(page, info, 'signal-form', false);
  await page.keyboard.press('Escape');

  // Remove the link from the asset's context.
  await page.getByTestId('remove-link').click();
  await page.getByTestId('confirm-action').click();
  await expect(page.getByTestId('links-empty')).toBeVisible();

  // The site page lists its unit and assets; the list of sites too. Look at them on a phone as well.
  await page.getByTestId('back-link').click();
  await expect(page.getByTestId('unit-row')).toHaveCount(1);
  await expect(page.getByTestId('site-assets').getByTestId(isMobile(info) ? 'asset-card' : 'asset-row')).toHaveCount(2);
  await expect(page.getByTestId('site-assets').locator('[data-testid="health-status"]:visible')).toHaveCount(2);
  await expectNoHorizontalOverflow(page);
  await shot(page, info, 'site');
  const sidebar = await openSidebar(page, info);
  await sidebar.getByTestId('nav-sites').click();
  await expect(page.getByTestId('site-row')).toHaveCount(2);
  await shot(page, info, 'sites');

  // From the assets list no unit is preselected: a site first, then one of its units; the list's
  // unit filter narrows to the chosen site as well.
  const jubail = (await (await page.request.get(`/api/sites?q=JUB-${s}`)).json()).items[0];
  await post(page, '/api/units', { siteId: jubail.id, code: `UTL-${s}`, nameAr: 'المرافق', nameEn: 'Utilities' });
  await page.goto(localized(info, '/assets'));
  await page.getByTestId('create-asset').click();
  const listDialog = page.getByTestId('create-asset-dialog');
  await expect(listDialog.locator('#asset-unitId')).toHaveValue('');
  await page.getByTestId('create-asset-submit').click();
  await expect(page.getByTestId('asset-unitId-error')).toHaveText(m.plant.validation.unitRequired);
  await listDialog.locator('#asset-siteId').selectOption(jubail.id);
  await expect(listDialog.locator('#asset-unitId option')).toHaveText([m.plantUi.chooseUnit, new RegExp(`UTL-${s}`)]);
  await shot(page, info, 'asset-form-list', false);
  await page.keyboard.press('Escape');
  await page.getByTestId('filter-site_id').selectOption(jubail.id);
  await expect(page.getByTestId('filter-unit_id').locator('option')).toHaveText([
    m.assetsPage.filters.all,
    new RegExp(`UTL-${s}`),
  ]);
  if (!isMobile(info)) {
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoHorizontalOverflow(page);
    await page.goto(localized(info, `/units/${unitId}?asset=${asset.items[0].id}`));
    await expect(page.getByTestId('asset-context')).toBeVisible();
    await expect(page.getByTestId('signal-row')).toBeVisible();
    await expect(page.getByTestId('links-empty')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: `screenshots/plant-unit-${langOf(info)}-phone.png`, fullPage: true });
  }
});

test('a viewer sees the plant without any write control, and the API refuses their writes', async ({ page }, info) => {
  test.setTimeout(90_000);
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
  const viewer = await createUser({ tenantId: tenant.id, role: 'viewer' });
  const s = suffix();
  await signInAndWait(page, info, admin.email, admin.password);
  const site = await post(page, '/api/sites', { code: `S-${s}`, nameAr: 'موقع', nameEn: 'Site' });
  const unit = await post(page, '/api/units', { siteId: site.id, code: `U-${s}`, nameAr: 'وحدة', nameEn: 'Unit' });
  const asset = await post(page, '/api/assets', {
    unitId: unit.id,
    tag: `K-${s}`,
    nameAr: 'ضاغط',
    nameEn: 'Compressor',
    type: 'compressor',
    criticality: 'A',
  });
  await post(page, '/api/signals', { assetId: asset.id, tag: `K-${s}.VIB`, kind: 'measurement' });
  await page.context().clearCookies();

  await signInAndWait(page, info, viewer.email, viewer.password);
  const writeControls = [
    'create-site',
    'edit-site',
    'create-unit',
    'edit-unit',
    'create-asset',
    'edit-asset',
    'retire-asset',
    'delete-asset',
    'create-signal',
    'edit-signal',
    'add-link',
  ];
  const expectNoWriteControls = async () => {
    for (const id of writeControls) await expect(page.getByTestId(id)).toHaveCount(0);
  };
  for (const path of ['/sites', `/sites/${site.id}`, '/assets']) {
    await page.goto(localized(info, path));
    await expect(page.getByTestId('user-menu')).toBeVisible();
    await expectNoWriteControls();
  }
  await page.goto(localized(info, `/units/${unit.id}?asset=${asset.id}`));
  await expect(page.getByTestId('signal-row')).toHaveCount(1);
  await expect(page.getByTestId('links-empty')).toBeVisible();
  await expectNoWriteControls();
  await shot(page, info, 'unit-viewer');

  // The API holds the line too.
  const writes = [
    page.request.post('/api/sites', { data: { code: `X-${s}`, nameAr: 'س', nameEn: 'X' } }),
    page.request.put(`/api/sites/${site.id}`, { data: { nameEn: 'Changed' } }),
    page.request.post('/api/units', { data: { siteId: site.id, code: `X-${s}`, nameAr: 'س', nameEn: 'X' } }),
    page.request.put(`/api/assets/${asset.id}`, { data: { status: 'retired' } }),
    page.request.delete(`/api/assets/${asset.id}`),
    page.request.post('/api/signals', { data: { assetId: asset.id, tag: 'X', kind: 'state' } }),
  ];
  for (const res of await Promise.all(writes)) expect(res.status()).toBe(403);
});

test('a unit or site of another tenant, or none, is a 404', async ({ page }, info) => {
  const tenant = await createTenant();
  const viewer = await createUser({ tenantId: tenant.id, role: 'viewer' });
  await signInAndWait(page, info, viewer.email, viewer.password);
  for (const path of [`/sites/${crypto.randomUUID()}`, `/units/${crypto.randomUUID()}`, '/units/not-a-uuid']) {
    expect((await page.goto(localized(info, path)))?.status(), path).toBe(404);
    await expect(page).toHaveTitle(new RegExp(msg(info).errors.notFoundTitle));
  }
  // An empty plant for a viewer: no next step they cannot take.
  await page.goto(localized(info, '/sites'));
  await expect(page.getByTestId('sites-empty')).toContainText(msg(info).plantUi.site.emptyRead);
});
