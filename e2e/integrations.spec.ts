/**
 * Integrations, end to end. A viewer sees the integrations and their status only.
 */
import { expect, test, type TestInfo } from '@playwright/test';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import { createPushIntegration, demoTenantId } from './support/data';
import { isMobile, langOf, localized, signInAndWait } from './support/ui';

const messagesOf = (info: TestInfo) => (langOf(info) === 'en' ? en : ar);

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
