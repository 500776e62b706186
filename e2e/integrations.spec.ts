/**
 * Integrations, end to end: a tenant admin adds an MQTT integration with the form (the browser
 * checks it with the connector's schema) against a real mosquitto broker started by this spec
 * (lib/test/mosquitto.ts), and sees the worker connect it while a test client publishes (the
 * product only subscribes). A viewer sees the status only. Screenshots ar/en × desktop/phone of
 * the list and the detail page in screenshots/.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import mqtt from 'mqtt';
import { expect, test as base, type Page, type TestInfo } from '@playwright/test';
import { startMosquitto, type MosquittoBroker } from '../lib/test/mosquitto';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import { createPushIntegration, demoTenantId } from './support/data';
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

test('a tenant admin adds an MQTT integration with the form and sees it connect to the broker', async ({
  page,
  broker,
}, info) => {
  test.setTimeout(90_000);
  const m = messagesOf(info);
  const run = crypto.randomBytes(3).toString('hex');
  await signInAndWait(page, info, 'admin@gulfpetrochem.demo');

  // The list's button, the kind, the form: the browser checks the settings with the kind's schema.
  await page.goto(localized(info, '/integrations'));
  await page.getByTestId('integration-add').or(page.getByTestId('integration-add-first')).click();
  await page.getByTestId('kind-mqtt').click();
  const name = `${m.integrationsUi.kinds.mqtt.name} ${run}`;
  await page.getByTestId('integration-name').fill(name);
  await page.getByTestId('integration-url').fill('http://not-a-broker');
  await page.getByTestId('integration-save').click();
  await expect(page.getByTestId('integration-url-error')).toHaveText(m.integrations.config.mqtt.url);
  await expect(page.getByTestId('integration-topics-error')).toHaveText(m.integrations.config.mqtt.topicsRequired);
  await page.getByTestId('integration-url').fill(broker.url);
  await expect(page.getByTestId('integration-url')).toHaveAttribute('dir', 'ltr');
  await page.getByTestId('integration-topics').fill(`e2e/${run}/#`);
  await page.getByTestId('integration-save').click();
  await expect(page).toHaveURL(/\/integrations\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('integration-name-heading')).toHaveText(name);

  // The worker connects it (the page refreshes by itself) while a test client publishes.
  const stop = await publishEvery(broker.url, [`e2e/${run}/temperature`, `e2e/${run}/pressure`]);
  try {
    await expect(page.getByTestId('integration-status')).toHaveAttribute('data-status', 'connected', {
      timeout: 30_000,
    });
    await expect(page.getByTestId('integration-status')).toHaveText(new RegExp(m.integrationsUi.status.connected));
    await expectNoHorizontalOverflow(page);
    await shot(page, info, 'detail');

    await page.goto(localized(info, '/integrations'));
    const row = page
      .locator(isMobile(info) ? '[data-testid=integration-card]' : '[data-testid=integration-row]')
      .filter({ hasText: name });
    await expect(row.getByTestId('integration-status')).toHaveAttribute('data-status', 'connected');
    await expect(row.getByTestId('integration-kind')).toHaveAttribute('data-kind', 'mqtt');
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
