/**
 * `npm start` with the demo plant: the worker's simulator replays the Tennessee Eastman run through
 * lib/ingest (every 2 s under Playwright), and the reactor's page shows values that change within
 * seconds without a reload, marked as demo data.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import { langOf, localized, signInAndWait } from './support/ui';

/** The reactor pressure's row (tag XMEAS(7)) on the asset page: value, time and connectivity. */
function reactorPressure(page: Page) {
  return page.getByTestId('signal-latest').filter({ hasText: 'XMEAS(7)' });
}

test('the demo reactor R-101 shows replayed values that change within seconds, marked demo', async ({ page }, info) => {
  test.setTimeout(120_000);
  const m = langOf(info) === 'en' ? en : ar;
  await signInAndWait(page, info, 'viewer@gulfpetrochem.demo');
  await page.goto(localized(info, '/assets?q=R-101'));
  await page.locator('[data-testid="asset-link"]:visible', { hasText: 'R-101' }).first().click();
  await expect(page).toHaveURL(/\/assets\/[0-9a-f-]{36}/);

  // Health is computed by the worker at start and again once the history is written; the page
  // picks it up by itself. Normal data: normal (the model allows rare warnings), never unknown.
  await expect
    .poll(() => page.getByTestId('health-status').first().getAttribute('data-status'), { timeout: 60_000 })
    .toMatch(/^(normal|warning)$/);

  const row = reactorPressure(page);
  // The simulator may still be on its first steps right after start: wait for a first value.
  await expect(row.getByTestId('signal-value')).toBeVisible({ timeout: 60_000 });
  await expect(row).toContainText(m.assetPage.signals.connectivity.demo);
  // Provenance: the demo replay integration and the external tag it wrote under.
  const provenance = row.getByTestId('signal-provenance');
  await expect(provenance).toContainText(m.assetPage.signals.provenance.integration.replace('{name}', 'Demo replay'));
  await expect(provenance.locator('bdi')).toHaveText('XMEAS(7)');
  const first = await row.getByTestId('signal-time').innerText();
  const firstValue = await row.getByTestId('signal-value').innerText();
  // A new row every 2 s, the page refreshes its server data every 5 s: a new reading within 20 s.
  await expect.poll(() => row.getByTestId('signal-time').innerText(), { timeout: 20_000 }).not.toBe(first);
  await expect.poll(() => row.getByTestId('signal-value').innerText(), { timeout: 30_000 }).not.toBe(firstValue);
  await expect(row).toContainText(m.assetPage.signals.connectivity.demo);
  fs.mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/demo-reactor-${info.project.name}.png`, fullPage: true });

  // Its chart holds the backfilled day of history (one replayed row per 10 min under Playwright).
  await row.getByTestId('signal-chart-link').click();
  const id = new URL(page.url()).hash.slice(1);
  const chart = page.locator(`#${id}`).getByTestId('trend-chart');
  await expect(chart).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  expect(Number(await chart.getAttribute('data-points'))).toBeGreaterThan(100);
  // History and live tail are continuous: no step of the history reads as a gap.
  await expect(chart).toHaveAttribute('data-gaps', '0');

  // The last hour follows now: replayed points appear on the chart without a reload.
  const signalId = id.replace(/^signal-/, '');
  const hour = page.waitForResponse((r) => {
    if (!r.url().includes(`/api/signals/${signalId}/series?`)) return false;
    const q = new URL(r.url()).searchParams;
    return Date.parse(q.get('to')!) - Date.parse(q.get('from')!) === 3_600_000;
  });
  await page.getByTestId('range-1h').click();
  const firstHour = await (await hour).json();
  await expect(chart).toHaveAttribute('data-points', String(firstHour.points.length));
  const lastTs = Number(await chart.getAttribute('data-last-ts'));
  expect(lastTs).toBeGreaterThan(Date.now() / 1000 - 120);
  await expect
    .poll(async () => Number(await chart.getAttribute('data-last-ts')), { timeout: 20_000 })
    .toBeGreaterThan(lastTs);
  await page.screenshot({ path: `screenshots/demo-reactor-chart-${info.project.name}.png` });
});
