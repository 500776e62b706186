/**
 * The asset page: register data, health with factors linked to their signal's chart, latest values
 * with connectivity, and a uPlot trend of a day of history (seeded through lib/ingest) with its gap,
 * limits legend and range picker in the URL. Screenshots ar/en × desktop/phone in screenshots/.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import { createAsset, createSiteWithUnit, createTenant, demoTenantId, seedAssetHistory } from './support/data';
import { isMobile, langOf, localized, signInAndWait } from './support/ui';

async function post(page: Page, path: string, data: object) {
  const res = await page.request.post(path, { data });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

async function shot(page: Page, info: TestInfo, name: string) {
  fs.mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/${name}-${langOf(info)}.png`, fullPage: true });
}

async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('the asset page charts a day of history with its gap and limits, explains its health, in ar and en', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const m = langOf(info) === 'en' ? en : ar;
  await signInAndWait(page, info, 'admin@gulfpetrochem.demo');
  const tenantId = await demoTenantId();
  const { unit } = await createSiteWithUnit(tenantId);
  const s = crypto.randomBytes(3).toString('hex').toUpperCase();
  const asset = await post(page, '/api/assets', {
    unitId: unit.id,
    tag: `K-301-${s}`,
    nameAr: 'ضاغط إعادة التدوير',
    nameEn: 'Recycle compressor',
    type: 'compressor',
    criticality: 'A',
    manufacturer: 'Siemens',
  });
  const signal = await post(page, '/api/signals', {
    assetId: asset.id,
    tag: `TI-301-${s}.PV`,
    description: 'Discharge temperature',
    unit: '°C',
    kind: 'measurement',
    normalLow: 30,
    normalHigh: 65,
    warningHigh: 70,
    criticalHigh: 85,
    sampleIntervalSeconds: 60,
  });
  const seeded = await seedAssetHistory({ tenantId, assetId: asset.id, signalId: signal.id, tag: signal.tag });
  expect(seeded.inserted).toBeGreaterThan(1300);

  // The assets list links the asset to its page and shows its health and connectivity.
  await page.goto(localized(info, `/assets?q=K-301-${s}`));
  const row = page.getByTestId(isMobile(info) ? 'asset-card' : 'asset-row');
  await expect(row.getByTestId('health-status')).toHaveAttribute('data-status', 'warning');
  await expect(row.getByTestId('connectivity')).toHaveAttribute('data-connectivity', 'demo');
  await row.getByTestId('asset-link').click();
  await expect(page).toHaveURL(new RegExp(`/assets/${asset.id}$`));

  // Register data, health and its factors.
  await expect(page.getByTestId('asset-title')).toHaveText(m === en ? 'Recycle compressor' : 'ضاغط إعادة التدوير');
  await expect(page.getByTestId('asset-criticality')).toContainText(m.assetPage.criticalityMeaning.A);
  const health = page.getByTestId('asset-health');
  await expect(health.getByTestId('health-status')).toContainText(m.assetPage.health.status.warning);
  await expect(health.getByTestId('health-factor')).toHaveCount(2);
  const factorLink = health.getByTestId('health-factor').first().getByTestId('factor-signal');
  // Each quantity (number and unit) is one left-to-right isolate: Arabic text cannot swap them.
  const quantity = health.getByTestId('health-factor').first().getByTestId('quantity').first();
  await expect(quantity).toHaveAttribute('dir', 'ltr');
  await expect(quantity).toHaveText(/^\S+ °C$/);
  await expect(factorLink).toHaveAttribute('href', `#signal-${signal.id}`);

  // Latest value with its connectivity (demo replay, fresh).
  const latest = page.getByTestId('signal-latest');
  await expect(latest.getByTestId('signal-value')).toHaveText('72 °C');
  await expect(latest.getByTestId('connectivity')).toHaveAttribute('data-connectivity', 'demo');
  // Written straight through lib/ingest by the fixture: no integration to name.
  await expect(latest.getByTestId('signal-provenance')).toContainText(m.assetPage.signals.provenance.direct);

  // The chart: a day in buckets, with the two-hour gap and the limits in its legend.
  const trend = page.locator(`#signal-${signal.id}`);
  await factorLink.click();
  await expect(page).toHaveURL(new RegExp(`#signal-${signal.id}$`));
  const chart = trend.getByTestId('trend-chart');
  await expect(chart).toHaveAttribute('data-state', 'ready');
  await expect(trend.locator('canvas')).toBeVisible();
  expect(Number(await chart.getAttribute('data-points'))).toBeGreaterThan(500);
  await expect(chart).toHaveAttribute('data-gaps', '1');
  // A day in 1000 points: 2-minute buckets, said in words of the language, not in seconds.
  await expect(chart).toHaveAttribute('data-bucket-seconds', '120');
  await expect(chart.getByTestId('trend-resolution')).toContainText(m === en ? '2 minutes' : 'دقيقتان');
  const legend = trend.getByTestId('trend-limits-legend');
  await expect(legend).toContainText(m.assetPage.trends.limits.warningHigh);
  await expect(legend).toContainText(m.assetPage.trends.limits.criticalHigh);
  await expect(trend.getByTestId('trend-canvas')).toHaveAttribute('dir', 'ltr');
  await expectNoHorizontalOverflow(page);
  await shot(page, info, `asset-page-${isMobile(info) ? 'phone' : 'desktop'}`);

  // The range picker writes the URL and asks the API again: the last hour comes raw, without a gap.
  const refetch = page.waitForRequest((r) => r.url().includes(`/api/signals/${signal.id}/series`));
  await page.getByTestId('range-1h').click();
  await refetch;
  await expect(page).toHaveURL(/[?&]range=1h/);
  await expect(chart).toHaveAttribute('data-bucket-seconds', '0');
  await expect(chart).toHaveAttribute('data-gaps', '0');
  expect(Number(await chart.getAttribute('data-points'))).toBeGreaterThanOrEqual(59);
  await page.reload();
  await expect(page.getByTestId('range-1h')).toHaveAttribute('aria-pressed', 'true');

  // Phone width for the desktop projects too (ar-mobile runs at 390 px already).
  if (!isMobile(info)) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(localized(info, `/assets/${asset.id}`));
    // Charts load as they come near the screen.
    await page.locator(`#signal-${signal.id}`).scrollIntoViewIfNeeded();
    await expect(page.locator(`#signal-${signal.id}`).getByTestId('trend-chart')).toHaveAttribute(
      'data-state',
      'ready',
    );
    await expectNoHorizontalOverflow(page);
    await shot(page, info, 'asset-page-phone');
  }
});

test('an unknown or malformed asset id is the 404 page', async ({ page }, info) => {
  await signInAndWait(page, info, 'admin@gulfpetrochem.demo');
  for (const id of [crypto.randomUUID(), 'not-an-id']) {
    expect((await page.goto(localized(info, `/assets/${id}`)))?.status()).toBe(404);
  }
});

test('GET /api/assets/{id}/health: factors for a demo asset, 404 for a foreign or unknown id, 400 for a bad range', async ({
  page,
}, info) => {
  test.skip(info.project.name !== 'en-desktop', 'HTTP only: one project is enough');
  test.setTimeout(90_000);
  await signInAndWait(page, info, 'viewer@gulfpetrochem.demo');
  const worn = (await (await page.request.get('/api/assets?q=GT-702')).json()).items[0];
  // The worker computes health at start: poll until the worn turbine's snapshot is there.
  const url = `/api/assets/${worn.id}/health`;
  await expect
    .poll(async () => (await (await page.request.get(url)).json()).latest?.factors?.length ?? 0, { timeout: 60_000 })
    .toBeGreaterThan(0);
  const res = await page.request.get(url);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.latest).toMatchObject({ status: expect.stringMatching(/^(warning|critical)$/) });
  expect(body.latest.factors.map((f: { kind: string }) => f.kind)).toContain('degradation');
  expect(Array.isArray(body.history)).toBe(true);

  // Another tenant's asset, an unknown id and a malformed one: 404 (the API's rule for path ids).
  const other = await createTenant();
  const { unit } = await createSiteWithUnit(other.id);
  const foreign = await createAsset(other.id, unit.id);
  for (const id of [foreign.id, crypto.randomUUID(), 'not-an-id']) {
    const answer = await page.request.get(`/api/assets/${id}/health`);
    expect(answer.status(), id).toBe(404);
    expect(answer.headers()['content-type']).toContain('application/problem+json');
  }
  // A bad range: 400 problem details, never a 500.
  const reversed = await page.request.get(`${url}?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z`);
  expect([reversed.status(), (await reversed.json()).code]).toEqual([400, 'invalid_range']);
  const garbled = await page.request.get(`${url}?from=yesterday`);
  expect([garbled.status(), (await garbled.json()).code]).toEqual([400, 'validation_failed']);
});
