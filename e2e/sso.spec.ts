/**
 * Single sign-on end to end, against the local OpenID provider (e2e/support/oidc-idp.ts): the
 * browser really goes to the IdP and back. Each test owns its tenant and email domain.
 */
import fs from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { createTenant, createUser, setUserStatus } from './support/data';
import {
  auditActions,
  createLocalUser,
  createPendingSsoUser,
  createSsoTenant,
  findUserByEmail,
  setSsoConfig,
  uniqueDomain,
} from './support/sso-data';
import { idpIssuer, idpPort } from './support/sso-idp-config';
import { langOf, localized, signInAndWait } from './support/ui';

/** Step one of the sign-in page; an SSO domain leaves for the IdP and (auto-login) comes back. */
async function continueWith(page: Page, info: TestInfo, identifier: string) {
  await page.goto(localized(info, '/login'));
  await page.locator('#identifier').fill(identifier);
  await page.locator('form button[type=submit]').click();
}

async function expectSignedIn(page: Page, info: TestInfo) {
  await expect(page.getByTestId('user-menu')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(localized(info, '/'));
}

/** After a full-page arrival the menu may not be hydrated yet: retry opening it. */
async function signOutNow(page: Page) {
  await expect(async () => {
    await page.getByTestId('user-menu').click();
    await expect(page.getByTestId('sign-out')).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page.getByTestId('sign-out').click();
  await expect(page.locator('#identifier')).toBeVisible();
}

async function expectRefused(page: Page, info: TestInfo, reason: string) {
  await expect(page).toHaveURL((url) => url.searchParams.get('error') === `sso_${reason}`);
  expect(new URL(page.url()).pathname).toBe(localized(info, '/login'));
  await expect(page.getByTestId('login-error')).toBeVisible();
  await expect(page.getByTestId('user-menu')).toHaveCount(0);
}

/**
 * Runs a sign-in up to the IdP's answer without delivering it: the redirects are followed with the
 * page's own request context (same cookies as the browser, so the state cookie is set), and the
 * callback URL is returned for the test to alter.
 */
async function callbackFor(page: Page, info: TestInfo, email: string): Promise<URL> {
  let url = `/api/sso/start?${new URLSearchParams({ email, locale: langOf(info) })}`;
  for (let hop = 0; hop < 15; hop++) {
    const res = await page.request.get(url, { maxRedirects: 0 });
    const location = res.headers()['location'];
    if (!location) throw new Error(`no redirect from ${url} (${res.status()})`);
    const next = new URL(location, res.url());
    if (next.pathname === '/api/sso/callback') return next;
    url = next.href;
  }
  throw new Error('the IdP never redirected back');
}

/** The sign-in related audit entries (sign-outs are audited too, and not of interest here). */
const ssoAudit = async (tenantId: string, targetId?: string) =>
  (await auditActions(tenantId, targetId)).filter((a) => a === 'user.create' || a.startsWith('auth.sso'));

test.describe('SSO sign-in', () => {
  test('the first sign-in creates the user just in time; the next one is the same user', async ({ page }, info) => {
    const domain = uniqueDomain('jit');
    const tenant = await createSsoTenant({ allowedDomains: [domain], defaultRole: 'engineer' });
    const email = `layla@${domain}`;

    await continueWith(page, info, email);
    await expectSignedIn(page, info);
    const created = await findUserByEmail(email);
    expect(created).toMatchObject({
      tenantId: tenant.id,
      role: 'engineer',
      status: 'active',
      authSource: 'sso',
      ssoIssuer: idpIssuer(),
      hasPassword: false,
    });
    expect(await ssoAudit(tenant.id, created!.id)).toEqual(['user.create', 'auth.sso_sign_in']);

    await signOutNow(page);
    await continueWith(page, info, email);
    await expectSignedIn(page, info);
    expect((await findUserByEmail(email))!.id).toBe(created!.id);
    expect(await ssoAudit(tenant.id, created!.id)).toEqual(['user.create', 'auth.sso_sign_in', 'auth.sso_sign_in']);

    // The tenant admin sees the new account as an SSO user.
    await page.context().clearCookies();
    const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
    await signInAndWait(page, info, admin.email, admin.password);
    const res = await page.request.get(`/api/tenant-users?q=${encodeURIComponent(email)}`);
    expect(res.status()).toBe(200);
    expect((await res.json()).items).toEqual([
      expect.objectContaining({ id: created!.id, email, authSource: 'sso', role: 'engineer' }),
    ]);
    // …and on the users page, with the SSO badge (the admin is a password user: no badge).
    await page.goto(`${localized(info, '/users')}?q=${encodeURIComponent(email)}`);
    await expect(page.getByTestId('user-identifier').locator('visible=true')).toHaveText([email]);
    await expect(page.getByTestId('sso-badge').locator('visible=true')).toHaveCount(1);
  });

  test('a disabled SSO user is refused', async ({ page }, info) => {
    const domain = uniqueDomain('disabled');
    await createSsoTenant({ allowedDomains: [domain] });
    const email = `omar@${domain}`;
    await continueWith(page, info, email);
    await expectSignedIn(page, info);
    await setUserStatus((await findUserByEmail(email))!.id, 'disabled');
    await page.context().clearCookies();
    await continueWith(page, info, email);
    await expectRefused(page, info, 'user_disabled');
  });

  test('a user of tenant A never enters tenant B, even when B takes over the email domain', async ({ page }, info) => {
    const domain = uniqueDomain('moved');
    const a = await createSsoTenant({ allowedDomains: [domain] });
    const email = `sami@${domain}`;
    await continueWith(page, info, email);
    await expectSignedIn(page, info);

    // A releases the domain and B claims it: sign-ins for it now go to B.
    await setSsoConfig(a.id, { allowedDomains: [uniqueDomain('elsewhere')] });
    const b = await createSsoTenant({ allowedDomains: [domain] });
    await page.context().clearCookies();
    await continueWith(page, info, email);
    await expectRefused(page, info, 'other_tenant');
    expect((await findUserByEmail(email))!.tenantId).toBe(a.id);
    expect(await ssoAudit(b.id)).toEqual(['auth.sso_sign_in_refused']);
  });

  test('an issuer that names itself differently is refused, before and after the IdP', async ({ page }, info) => {
    // The config says localhost, the IdP calls itself 127.0.0.1: discovery fails the issuer check.
    const wrong = uniqueDomain('wrongiss');
    await createSsoTenant({ allowedDomains: [wrong], issuer: `http://localhost:${idpPort()}` });
    await continueWith(page, info, `nadia@${wrong}`);
    await expectRefused(page, info, 'discovery');

    // A callback claiming another issuer (RFC 9207 `iss`) is rejected before any token is trusted.
    const domain = uniqueDomain('forgediss');
    await createSsoTenant({ allowedDomains: [domain] });
    const email = `hadi@${domain}`;
    const callback = await callbackFor(page, info, email);
    callback.searchParams.set('iss', 'http://evil.test');
    await page.goto(callback.href);
    await expectRefused(page, info, 'token');
    expect(await findUserByEmail(email)).toBeUndefined();
  });

  test('a tampered or missing state is refused, and the state is single-use', async ({ page }, info) => {
    const domain = uniqueDomain('state');
    await createSsoTenant({ allowedDomains: [domain] });
    const email = `rana@${domain}`;
    const callback = await callbackFor(page, info, email);
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    await page.goto(tampered.href);
    await expectRefused(page, info, 'state');
    // The state cookie was consumed by the failed attempt: the genuine answer no longer works either.
    await page.goto(callback.href);
    await expectRefused(page, info, 'state');
    expect(await findUserByEmail(email)).toBeUndefined();

    // No state cookie at all (e.g. a link from elsewhere).
    await page.context().clearCookies();
    await page.goto(localized(info, '/login'));
    await page.goto('/api/sso/callback?code=forged&state=forged-state-0123456789');
    await expectRefused(page, info, 'state');
  });

  test('the account rules: no JIT, existing password account, unverified email, cancelled at the IdP', async ({
    page,
  }, info) => {
    const domain = uniqueDomain('rules');
    const tenant = await createSsoTenant({ allowedDomains: [domain], jitEnabled: false });
    await continueWith(page, info, `newcomer@${domain}`);
    await expectRefused(page, info, 'no_account');
    expect(await findUserByEmail(`newcomer@${domain}`)).toBeUndefined();

    await setSsoConfig(tenant.id, { allowedDomains: [domain], jitEnabled: true });
    await continueWith(page, info, `unverified.ali@${domain}`);
    await expectRefused(page, info, 'email_unverified');
    await continueWith(page, info, `deny.ali@${domain}`);
    await expectRefused(page, info, 'idp');

    // A password account with the same email is not merged into the SSO identity…
    const local = await createLocalUser(tenant.id, `mona@${domain}`);
    await continueWith(page, info, local.email);
    await expectRefused(page, info, 'local_account');
    expect(await findUserByEmail(local.email)).toMatchObject({ authSource: 'local', ssoSubject: null });
    // …and can still sign in with its password.
    await page.getByTestId('use-password').click();
    await page.locator('#identifier').fill(local.email);
    await page.locator('form button[type=submit]').click();
    await page.locator('#password').fill(local.password);
    await page.locator('form button[type=submit]').click();
    await expectSignedIn(page, info);
  });

  test('usernames and domains without SSO get the password step', async ({ page }, info) => {
    await continueWith(page, info, 'some-username');
    await expect(page.locator('#password')).toBeVisible();
    await expect(page.getByTestId('login-identifier')).toHaveText('some-username');

    const domain = uniqueDomain('off');
    await createSsoTenant({ allowedDomains: [domain], enabled: false });
    await continueWith(page, info, `khalid@${domain}`);
    await expect(page.locator('#password')).toBeVisible();
    await page.getByTestId('change-identifier').click();
    await expect(page.locator('#identifier')).toHaveValue(`khalid@${domain}`);
  });
});

// What each preset trusts (docs/sso.md), against the local IdP: the presets are set straight in
// the database here, since the settings API pins Google's and Entra's real issuers.
test.describe('SSO claims each preset trusts', () => {
  test('an IdP that does not say the email is verified can neither create nor link an account', async ({
    page,
  }, info) => {
    const domain = uniqueDomain('noverified');
    const tenant = await createSsoTenant({ allowedDomains: [domain] });
    await continueWith(page, info, `noverified.newcomer@${domain}`);
    await expectRefused(page, info, 'email_unverified');
    expect(await findUserByEmail(`noverified.newcomer@${domain}`)).toBeUndefined();

    const pending = await createPendingSsoUser(tenant.id, `noverified.pending@${domain}`);
    await continueWith(page, info, pending.email);
    await expectRefused(page, info, 'email_unverified');
    expect(await findUserByEmail(pending.email)).toMatchObject({ id: pending.id, ssoSubject: null });
    expect(await ssoAudit(tenant.id)).toEqual(['auth.sso_sign_in_refused', 'auth.sso_sign_in_refused']);
  });

  test('Google: a personal account (no hd) is refused, the Workspace account signs in', async ({ page }, info) => {
    const domain = uniqueDomain('google');
    const tenant = await createSsoTenant({ provider: 'google', allowedDomains: [domain] });
    // Verified address in the tenant's domain, but not a Workspace account of it.
    await continueWith(page, info, `layla@${domain}`);
    await expectRefused(page, info, 'hosted_domain');
    expect(await findUserByEmail(`layla@${domain}`)).toBeUndefined();

    // An admin-created user is linked only by the Workspace account.
    const pending = await createPendingSsoUser(tenant.id, `workspace.layla@${domain}`);
    await continueWith(page, info, pending.email);
    await expectSignedIn(page, info);
    expect(await findUserByEmail(pending.email)).toMatchObject({ id: pending.id, ssoIssuer: idpIssuer() });
    expect(await ssoAudit(tenant.id)).toEqual(['auth.sso_sign_in_refused', 'auth.sso_sign_in']);
  });

  test('Entra ID: the email counts only with xms_edov', async ({ page }, info) => {
    const domain = uniqueDomain('entra');
    await createSsoTenant({ provider: 'entra_id', allowedDomains: [domain] });
    await continueWith(page, info, `noverified.omar@${domain}`);
    await expectRefused(page, info, 'email_unverified');
    await continueWith(page, info, `edov.omar@${domain}`);
    await expectSignedIn(page, info);
    expect(await findUserByEmail(`edov.omar@${domain}`)).toMatchObject({ authSource: 'sso', ssoIssuer: idpIssuer() });
  });
});

test.describe('SSO settings', () => {
  const body = (domain: string, extra: Record<string, unknown> = {}) => ({
    provider: 'generic',
    issuer: idpIssuer(),
    clientId: 'optria-e2e',
    clientSecret: 'optria-e2e-client-secret-0123456789',
    allowedDomains: [domain],
    defaultRole: 'viewer',
    jitEnabled: true,
    enabled: true,
    ...extra,
  });

  test('the API: write-only secret, one tenant per domain, validation, tenant admins only', async ({
    page,
    playwright,
  }, info) => {
    const taken = uniqueDomain('taken');
    await createSsoTenant({ allowedDomains: [taken] });
    const tenant = await createTenant();
    const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
    await signInAndWait(page, info, admin.email, admin.password);
    const api = page.request;

    const empty = await (await api.get('/api/sso-config')).json();
    expect(empty).toEqual({ config: null, redirectUri: `${info.project.use.baseURL}/api/sso/callback` });

    const conflict = await api.put('/api/sso-config', { data: body(taken) });
    expect(conflict.status()).toBe(409);
    expect(await conflict.json()).toMatchObject({ code: 'sso_domain_taken', domains: [taken] });

    const domain = uniqueDomain('api');
    const noSecret = await api.put('/api/sso-config', { data: body(domain, { clientSecret: '' }) });
    expect(noSecret.status()).toBe(400);
    expect((await noSecret.json()).code).toBe('sso_secret_required');

    const bad = await api.put('/api/sso-config', {
      data: body(domain, { issuer: 'not a url', allowedDomains: ['https://x'], defaultRole: 'platform_owner' }),
    });
    expect(bad.status()).toBe(400);
    const problem = await bad.json();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'allowedDomains.0',
      'defaultRole',
      'issuer',
    ]);

    const saved = await api.put('/api/sso-config', { data: body(` @${domain.toUpperCase()} `) });
    expect(saved.status()).toBe(200);
    const view = (await saved.json()).config;
    expect(view).toMatchObject({ allowedDomains: [domain], clientSecretSet: true });
    const read = await (await api.get('/api/sso-config')).text();
    expect(read).not.toContain('optria-e2e-client-secret');
    expect(read).not.toMatch(/clientSecretEncrypted|"clientSecret"/);

    await page.context().clearCookies();
    const engineer = await createUser({ tenantId: tenant.id, role: 'engineer' });
    await signInAndWait(page, info, engineer.email, engineer.password);
    expect((await page.request.get('/api/sso-config')).status()).toBe(403);
    expect((await page.goto(localized(info, '/settings/sso')))?.status()).toBe(404);
    const anonymous = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
    expect((await anonymous.get('/api/sso-config')).status()).toBe(401);
    await anonymous.dispose();
  });

  test('a tenant admin sets SSO up on the settings page, then people sign in with it', async ({ page }, info) => {
    const tenant = await createTenant();
    const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
    await signInAndWait(page, info, admin.email, admin.password);
    await page.goto(localized(info, '/settings/sso'));
    await expect(page.getByTestId('sso-status')).toBeVisible();
    await expect(page.getByTestId('sso-redirect-uri')).toHaveText(`${info.project.use.baseURL}/api/sso/callback`);

    // The Entra preset refuses its multi-tenant issuer, in the browser already.
    const domain = uniqueDomain('ui');
    await page.getByTestId('sso-provider-entra_id').click();
    await page.locator('#sso-issuer').fill('https://login.microsoftonline.com/common/v2.0');
    await page.getByTestId('sso-save').click();
    await expect(page.getByTestId('sso-issuer-error')).toBeVisible();
    await expect(page.getByTestId('sso-domains-error')).toBeVisible();
    await expect(page.getByTestId('sso-client-secret-error')).toBeVisible();

    await page.getByTestId('sso-provider-generic').click();
    await page.locator('#sso-issuer').fill(idpIssuer());
    await page.getByTestId('sso-test-discovery').click();
    await expect(page.getByTestId('sso-discovery-result')).toHaveAttribute('data-ok', 'true');
    await page.locator('#sso-client-id').fill('optria-e2e');
    await page.locator('#sso-client-secret').fill('optria-e2e-client-secret-0123456789');
    await page.locator('#sso-domains').fill(domain);
    await page.locator('#sso-default-role').selectOption('engineer');
    await page.getByTestId('sso-save').click();
    await expect(page.getByTestId('sso-saved')).toBeVisible();

    // The secret is stored (encrypted) and never shown; saving without it keeps it.
    await page.reload();
    await expect(page.getByTestId('sso-secret-stored')).toBeVisible();
    await expect(page.locator('#sso-client-secret')).toHaveValue('');
    await page.locator('#sso-default-role').selectOption('reliability_engineer');
    await page.getByTestId('sso-save').click();
    await expect(page.getByTestId('sso-saved')).toBeVisible();
    expect(await auditActions(tenant.id, tenant.id)).toEqual(['sso.config_create', 'sso.config_update']);

    // Someone from that domain signs in with it and gets the default role.
    await signOutNow(page);
    await continueWith(page, info, `fahad@${domain}`);
    await expectSignedIn(page, info);
    expect(await findUserByEmail(`fahad@${domain}`)).toMatchObject({
      tenantId: tenant.id,
      role: 'reliability_engineer',
      authSource: 'sso',
    });
  });
});

// Screenshots for people to look at (ar/en, desktop/mobile): the two-step sign-in, an SSO error and
// the settings page filled in.
test('screenshots: two-step sign-in and the SSO settings page', async ({ page }, info) => {
  fs.mkdirSync('screenshots', { recursive: true });
  const shot = async (name: string) => {
    // From the top, so the sticky app header is where it belongs in a full-page shot.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `screenshots/${info.project.name}-${name}.png`, fullPage: true });
  };
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });

  await page.goto(localized(info, '/login'));
  await page.locator('#identifier').fill(admin.email);
  await shot('login-step1');
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('#password')).toBeVisible();
  await shot('login-step2');
  await page.goto(`${localized(info, '/login')}?error=sso_other_tenant`);
  await expect(page.getByTestId('login-error')).toBeVisible();
  await shot('login-sso-error');

  await signInAndWait(page, info, admin.email, admin.password);
  await page.goto(localized(info, '/settings/sso'));
  await page.getByTestId('sso-provider-entra_id').click();
  await page.locator('#sso-issuer').fill('https://login.microsoftonline.com/common/v2.0');
  await page.getByTestId('sso-save').click();
  await expect(page.getByTestId('sso-issuer-error')).toBeVisible();
  await shot('sso-settings-errors');
  await page.locator('#sso-issuer').fill('https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0');
  await page.locator('#sso-client-id').fill('6731de76-14a6-49ae-97bc-6eba6914391e');
  await page.locator('#sso-client-secret').fill('a-client-secret');
  await page.locator('#sso-domains').fill(`${uniqueDomain('shot')}\n${uniqueDomain('shot')}`);
  await page.locator('#sso-default-role').selectOption('engineer');
  await page.getByTestId('sso-save').click();
  await expect(page.getByTestId('sso-saved')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('sso-secret-stored')).toBeVisible();
  await shot('sso-settings');
});
