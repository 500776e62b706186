/**
 * Integrations, end to end: a tenant admin adds an MQTT integration against a real mosquitto broker
 * (started by this spec, lib/test/mosquitto.ts), tests the connection, sees the two topics a test
 * client publishes appear among the unmapped tags, maps them to two signals of a new asset and
 * sees the asset turn `live`. The product only subscribes; this test is the only publisher.
 * A viewer sees the status only. Screenshots ar/en × desktop/phone of the list and the detail page.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import mqtt from 'mqtt';
import { expect, test as base, type Page, type TestInfo } from '@playwright/test';
import { startMosquitto, type MosquittoBroker } from '../lib/test/mosquitto';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import { createPushIntegration, createSiteWithUnit, demoTenantId } from './support/data';
import { isMobile, langOf, localized, signInAndWait } from './support/ui';

/** One broker per Playwright worker, stopped by PID when the worker ends. */
const test = base.extend<object, { broker: MosquittoBroker }>({
  broker: [
    async ({}, use) => {
      const broker = await startMosquitto();
      await use(broker);
      await broker.stop();
    },
    { scope: 'worker' },
  ],
});

const messagesOf = (info: TestInfo) => (langOf(info) === 'en' ? en : ar);

async function post(page: Page, path: string, data: object) {
  const res = await page.request.post(path, { data });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

async function shot(page: Page, info: TestInfo, name: string) {
  fs.mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/integrations-${name}-${info.project.name}.png`, fullPage: true });
}

async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Publishes `{ value }` on each topic every 500 ms until stopped (QoS 1, like a plant gateway). */
async function publishEvery(url: string, topics: string[]) {
  const client = await mqtt.connectAsync(url, { clientId: `e2e-publisher-${crypto.randomUUID()}` });
  let n = 0;
  const timer = setInterval(() => {
    n += 1;
    topics.forEach((topic, i) => client.publish(topic, JSON.stringify({ value: 40 + i * 10 + (n % 5) }), { qos: 1 }));
  }, 500);
  return async () => {
    clearInterval(timer);
    await client.endAsync();
  };
}

test('a tenant admin connects an MQTT broker, maps two topics from the unmapped list and the asset turns live', async ({
  page,
  broker,
}, info) => {
  test.setTimeout(120_000);
  const m = messagesOf(info);
  const run = crypto.randomBytes(3).toString('hex');
  await signInAndWait(page, info, 'admin@gulfpetrochem.demo');

  // An asset with two signals to map the topics to (a fresh one per project, through the API).
  const { unit } = await createSiteWithUnit(await demoTenantId());
  const assetTag = `E2E-MQ-${run}`.toUpperCase();
  const asset = await post(page, '/api/assets', {
    unitId: unit.id,
    tag: assetTag,
    nameAr: `مبادل حراري ${run}`,
    nameEn: `Heat exchanger ${run}`,
    type: 'heat_exchanger',
    criticality: 'B',
  });
  for (const [tag, unitName] of [
    [`TI-${run}.PV`, '°C'],
    [`PI-${run}.PV`, 'bar'],
  ])
    await post(page, '/api/signals', {
      assetId: asset.id,
      tag,
      unit: unitName,
      kind: 'measurement',
      sampleIntervalSeconds: 5,
    });

  // Add the integration: the list's button, the kind, the form; Test connection before saving.
  await page.goto(localized(info, '/integrations'));
  await page.getByTestId('integration-add').or(page.getByTestId('integration-add-first')).click();
  await page.getByTestId('kind-mqtt').click();
  const name = `${m.integrationsUi.kinds.mqtt.name} ${run}`;
  await page.getByTestId('integration-name').fill(name);
  await page.getByTestId('integration-url').fill(broker.url);
  await page.getByTestId('integration-topics').fill(`e2e/${run}/#`);
  await expect(page.getByTestId('integration-url')).toHaveAttribute('dir', 'ltr');
  await page.getByTestId('test-connection-button').click();
  const result = page.getByTestId('test-connection-result');
  await expect(result).toHaveAttribute('data-ok', 'true');
  await expect(result).toContainText(m.integrationsUi.test.ok.split('{ms}')[0]!.trim());
  await page.getByTestId('integration-save').click();
  await expect(page).toHaveURL(/\/integrations\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('integration-name-heading')).toHaveText(name);

  // The test client publishes; both topics appear among the tags seen, not mapped.
  const topics = [`e2e/${run}/temperature`, `e2e/${run}/pressure`];
  const stop = await publishEvery(broker.url, topics);
  try {
    await expect(page.getByTestId('integration-status')).toHaveAttribute('data-status', 'connected', {
      timeout: 30_000,
    });
    for (const topic of topics)
      await expect(page.locator(`[data-testid=unmapped-tag][data-tag="${topic}"]`)).toBeVisible({ timeout: 30_000 });
    await shot(page, info, 'detail-unmapped');

    // Map each from the list: search the asset, pick the signal.
    const pairs: [string, string][] = [
      [topics[0]!, `TI-${run}.PV`],
      [topics[1]!, `PI-${run}.PV`],
    ];
    for (const [topic, signalTag] of pairs) {
      await page.locator(`[data-testid=unmapped-tag][data-tag="${topic}"]`).getByTestId('unmapped-map').click();
      const dialog = page.getByTestId('mapping-dialog');
      await expect(dialog.getByTestId('mapping-external-tag')).toHaveText(topic);
      await dialog.getByTestId('mapping-asset-search').fill(assetTag);
      await dialog.getByTestId('mapping-asset-option').filter({ hasText: assetTag }).click();
      await dialog.locator(`[data-testid=mapping-signal-option][data-tag="${signalTag}"]`).click();
      await dialog.getByTestId('mapping-save').click();
      await expect(dialog).toBeHidden();
      await expect(page.locator(`[data-testid=unmapped-tag][data-tag="${topic}"]`)).toBeHidden({ timeout: 15_000 });
    }
    const mappings = page
      .getByTestId('mappings')
      .locator(isMobile(info) ? '[data-testid=mapping-card]' : '[data-testid=mapping-row]');
    await expect(mappings).toHaveCount(2);
    // The mapped values arrive: each mapping shows its tag healthy with a last value.
    await expect(
      page.getByTestId('mappings').locator('[data-testid=tag-health][data-state=ok]').locator('visible=true'),
    ).toHaveCount(2, {
      timeout: 30_000,
    });
    await expect(page.getByTestId('coverage-share')).toContainText(/100/);
    await expectNoHorizontalOverflow(page);
    await shot(page, info, 'detail');

    // The asset is live: its connectivity in the assets list.
    await page.goto(localized(info, `/assets?q=${encodeURIComponent(assetTag)}`));
    await expect(async () => {
      await page.reload();
      await expect(page.locator('[data-testid=connectivity]').locator('visible=true').first()).toHaveAttribute(
        'data-connectivity',
        'live',
        { timeout: 1_000 },
      );
    }).toPass({ timeout: 30_000 });

    // The list shows it connected with a rate and its last data.
    await page.goto(localized(info, '/integrations'));
    const row = page
      .locator(isMobile(info) ? '[data-testid=integration-card]' : '[data-testid=integration-row]')
      .filter({ hasText: name });
    await expect(row.getByTestId('integration-status')).toHaveAttribute('data-status', 'connected');
    await expect(row.getByTestId('integration-kind')).toHaveAttribute('data-kind', 'mqtt');
    await expect(row.locator('time').first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await shot(page, info, 'list');
  } finally {
    await stop();
  }
});

test('a viewer sees the integrations and their status only', async ({ page }, info) => {
  const m = messagesOf(info);
  const integration = await createPushIntegration(await demoTenantId());
  await signInAndWait(page, info, 'viewer@gulfpetrochem.demo');
  await page.goto(localized(info, '/integrations'));
  const row = page
    .locator(isMobile(info) ? '[data-testid=integration-card]' : '[data-testid=integration-row]')
    .filter({ hasText: integration.name });
  await expect(row.getByTestId('integration-status')).toHaveAttribute('data-status', 'pending');
  await expect(row.getByTestId('integration-status')).toHaveText(new RegExp(m.integrationsUi.status.pending));
  // No link into it, no rate or error columns, no way to add one.
  await expect(row.getByTestId('integration-link')).toHaveCount(0);
  await expect(page.getByTestId('integration-rate')).toHaveCount(0);
  await expect(page.getByTestId('integration-add')).toHaveCount(0);
  expect((await page.goto(localized(info, `/integrations/${integration.id}`)))?.status()).toBe(404);
  // What the page was given is what the API gives a viewer: the status, no settings or counters.
  const seen = await (await page.request.get(`/api/integrations/${integration.id}`)).json();
  expect(Object.keys(seen).sort()).toEqual(['enabled', 'id', 'kind', 'lastDataAt', 'name', 'status']);
});
