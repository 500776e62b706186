/**
 * Names with invisible characters (a right-to-left override makes one table row visually reverse
 * what follows it): the API answers 400 with the field error in the caller's language, and the user,
 * API key and tenant forms show the message in the page's language. Nothing is stored.
 */
import crypto from 'node:crypto';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { createTenant, createUser } from './support/data';
import { langOf, localized, signInAndWait } from './support/ui';

const RLO = '\u202E';
const spoofed = (name: string) => `${name}${RLO}gnp.exe`;
const unique = () => crypto.randomBytes(3).toString('hex');
/** The localized refusal (messages/*.json `validation.invisibleCharacters`). */
const refusal = (info: TestInfo) =>
  langOf(info) === 'en' ? /^Remove the invisible characters/ : /^احذف الرموز غير المرئية/;

const invisibleError = (info: TestInfo, path: string) => ({
  path,
  message: 'validation.invisibleCharacters',
  detail: expect.stringMatching(refusal(info)),
});

async function adminOfNewTenant(page: Page, info: TestInfo) {
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin', name: 'Names Admin' });
  await signInAndWait(page, info, admin.email, admin.password);
  return { tenant, admin };
}

test('the API refuses invisible characters in user and API key names, in the caller’s language', async ({
  page,
}, info) => {
  const { tenant } = await adminOfNewTenant(page, info);
  const api = page.request;

  const created = await api.post('/api/tenant-users', {
    data: { name: spoofed('Nour'), email: `nour.${unique()}@e2e.test`, role: 'viewer' },
  });
  expect(created.status()).toBe(400);
  expect(created.headers()['content-type']).toContain('application/problem+json');
  expect(await created.json()).toMatchObject({
    code: 'validation_failed',
    errors: [invisibleError(info, 'name')],
  });

  const target = await createUser({ tenantId: tenant.id, role: 'viewer', name: 'Plain Name' });
  const renamed = await api.put(`/api/tenant-users/${target.id}`, { data: { name: 'Plain\u2066 Name' } });
  expect(renamed.status()).toBe(400);
  expect((await renamed.json()).errors).toEqual([invisibleError(info, 'name')]);

  const key = await api.post('/api/api-keys', { data: { name: 'Export\u200B key', role: 'viewer' } });
  expect(key.status()).toBe(400);
  expect((await key.json()).errors).toEqual([invisibleError(info, 'name')]);

  // Nothing was stored.
  const users = await (await api.get('/api/tenant-users?q=gnp')).json();
  expect(users.total).toBe(0);
  const keys = await (await api.get('/api/api-keys')).json();
  expect(keys.total).toBe(0);
});

test('the user and API key forms show the refusal next to the name field', async ({ page }, info) => {
  await adminOfNewTenant(page, info);

  await page.goto(localized(info, '/users'));
  await page.getByTestId('add-user').click();
  const create = page.getByTestId('create-user-dialog');
  await create.locator('#user-name').fill(spoofed('Layla'));
  await create.locator('#user-email').fill(`layla.${unique()}@e2e.test`);
  await create.getByTestId('create-user-submit').click();
  await expect(create.getByTestId('user-name-error')).toHaveText(refusal(info));
  await expect(create.locator('#user-name')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');

  await page.goto(localized(info, '/settings/api-keys'));
  await page.getByTestId('create-api-key').click();
  const dialog = page.getByTestId('create-api-key-dialog');
  await dialog.locator('#api-key-name').fill('Historian\u2067 export');
  await dialog.getByTestId('create-api-key-submit').click();
  await expect(dialog.locator('#api-key-name-error')).toHaveText(refusal(info));
  await expect(dialog.getByTestId('api-key-secret')).toHaveCount(0);
});

test('tenant and first-admin names: the form and the API refuse invisible characters', async ({ page }, info) => {
  await signInAndWait(page, info, 'owner@optria.demo');
  const s = unique();

  const api = await page.request.post('/api/tenants', {
    data: {
      name: spoofed('Gulf Co'),
      slug: `names-${s}`,
      admin: { authSource: 'sso', name: `Sara\u200F`, email: `sara.${s}@names.test` },
    },
  });
  expect(api.status()).toBe(400);
  const errors = (await api.json()).errors as { path: string }[];
  expect([...errors].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
    invisibleError(info, 'admin.name'),
    invisibleError(info, 'name'),
  ]);

  await page.goto(localized(info, '/tenants'));
  await page.getByTestId('new-tenant').click();
  const form = page.getByTestId('create-tenant-dialog');
  await form.locator('#tenant-name').fill(spoofed('Gulf Co'));
  await form.locator('#tenant-slug').fill(`names-${s}`);
  await form.locator('#admin-name').fill('Sara Ali');
  await form.locator('#admin-email').fill(`sara.${s}@names.test`);
  await form.getByTestId('create-tenant-submit').click();
  await expect(form.getByTestId('error-tenant-name')).toHaveText(refusal(info));
  await expect(form.getByTestId('error-admin-name')).toHaveCount(0);
});
