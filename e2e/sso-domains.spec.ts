/**
 * Email-domain claims in the browser: a tenant admin cannot claim the platform's domain (409 on
 * the settings page); a claim stays pending — its addresses keep the password step — until it is
 * proven by its DNS TXT record ("Verify now", against the test DNS server, e2e/support/dns-server.ts)
 * or approved by the platform owner on the tenant's page; then sign-ins go to the IdP.
 */
import fs from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { createTenant, createUser } from './support/data';
import { claimStatus, createSsoTenant, findUserByEmail, uniqueDomain } from './support/sso-data';
import { dnsPort, IDP_CLIENT, idpIssuer } from './support/sso-idp-config';
import { localized, otherBrowser, signInAndWait } from './support/ui';

const OWNER = 'owner@optria.demo';

const ssoBody = (domains: string[]) => ({
  provider: 'generic',
  issuer: idpIssuer(),
  clientId: IDP_CLIENT.clientId,
  clientSecret: IDP_CLIENT.clientSecret,
  allowedDomains: domains,
  defaultRole: 'viewer',
  jitEnabled: true,
  enabled: true,
});

/** Step one of the sign-in page with a fresh session: either the password step or (SSO) signed in via the IdP. */
async function signInStep(page: Page, info: TestInfo, email: string) {
  await page.context().clearCookies();
  await page.goto(localized(info, '/login'));
  await page.locator('#identifier').fill(email);
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('#password').or(page.getByTestId('user-menu'))).toBeVisible();
  return (await page.locator('#password').isVisible()) ? 'password' : 'signed-in';
}

/** Publishes a TXT record on the test DNS server the app asks. */
async function publishTxt(name: string, value: string) {
  const res = await fetch(`http://127.0.0.1:${dnsPort()}/txt`, {
    method: 'PUT',
    body: JSON.stringify({ name, values: [value] }),
  });
  expect(res.status).toBe(204);
}

async function shot(page: Page, info: TestInfo, name: string) {
  fs.mkdirSync('screenshots', { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `screenshots/${info.project.name}-${name}.png`, fullPage: true });
}

test("a tenant admin cannot claim the platform owner's domain: the settings page says so (409)", async ({
  page,
}, info) => {
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
  await signInAndWait(page, info, admin.email, admin.password);

  const res = await page.request.put('/api/sso-config', { data: ssoBody(['optria.demo', 'gulfpetrochem.demo']) });
  expect(res.status()).toBe(409);
  expect(await res.json()).toMatchObject({ code: 'sso_domain_taken', domains: ['optria.demo', 'gulfpetrochem.demo'] });

  await page.goto(localized(info, '/settings/sso'));
  await page.getByTestId('sso-provider-generic').click();
  await page.locator('#sso-issuer').fill(idpIssuer());
  await page.locator('#sso-client-id').fill(IDP_CLIENT.clientId);
  await page.locator('#sso-client-secret').fill(IDP_CLIENT.clientSecret);
  await page.locator('#sso-domains').fill('optria.demo');
  await page.getByTestId('sso-save').click();
  await expect(page.getByTestId('sso-domains-error')).toContainText('optria.demo');
  await expect(page.getByTestId('sso-saved')).toHaveCount(0);
  expect(await claimStatus(tenant.id, 'optria.demo')).toBeUndefined();

  // The platform owner still gets the password step.
  expect(await signInStep(page, info, OWNER)).toBe('password');
});

test('a claim stays pending — its addresses keep the password step — until its DNS record is verified', async ({
  page,
  browser,
}, info) => {
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
  const domain = uniqueDomain('dns');
  const email = `huda@${domain}`;
  await signInAndWait(page, info, admin.email, admin.password);
  expect((await page.request.put('/api/sso-config', { data: ssoBody([domain]) })).status()).toBe(200);

  await page.goto(localized(info, '/settings/sso'));
  const row = page.locator(`[data-testid=sso-domain][data-domain="${domain}"]`);
  await expect(row.getByTestId('domain-claim-status')).toHaveAttribute('data-status', 'pending');
  await expect(row.getByTestId('domain-claim-record-name')).toHaveText(`_optria-challenge.${domain}`);
  const value = (await row.getByTestId('domain-claim-record-value').textContent())!;
  expect(value).toMatch(/^optria-verification=[0-9a-f]{32}$/);

  // Not published yet: a clear message, and the claim stays pending.
  await row.getByTestId('sso-domain-verify').click();
  await expect(row.getByTestId('sso-domain-result')).toHaveAttribute('data-ok', 'false');
  await expect(row.getByTestId('sso-domain-result')).not.toBeEmpty();
  await expect(row.getByTestId('domain-claim-last-check')).toBeVisible();
  await shot(page, info, 'sso-domains-pending');
  expect(await claimStatus(tenant.id, domain)).toBe('pending');

  // Meanwhile a sign-in with an address in the domain takes the password step.
  const visitor = await otherBrowser(browser, info);
  expect(await signInStep(visitor, info, email)).toBe('password');

  await publishTxt(`_optria-challenge.${domain}`, value);
  await row.getByTestId('sso-domain-verify').click();
  await expect(row.getByTestId('domain-claim-status')).toHaveAttribute('data-status', 'verified');
  expect(await claimStatus(tenant.id, domain)).toBe('verified');

  // Now the same address goes to the IdP and comes back signed in (created just in time).
  expect(await signInStep(visitor, info, email)).toBe('signed-in');
  expect(await findUserByEmail(email)).toMatchObject({ tenantId: tenant.id, authSource: 'sso' });
  await visitor.context().close();
});

test("the platform owner approves a tenant's pending claim on its page; then sign-ins go to the IdP", async ({
  page,
}, info) => {
  const domain = uniqueDomain('owner');
  const tenant = await createSsoTenant({ allowedDomains: [domain], domainStatus: 'pending' });
  const email = `yousef@${domain}`;
  expect(await signInStep(page, info, email)).toBe('password');

  await signInAndWait(page, info, OWNER);
  await page.goto(localized(info, `/tenants/${tenant.id}`));
  const row = page.locator(`[data-testid=tenant-domain-claim][data-domain="${domain}"]`);
  await expect(row.getByTestId('domain-claim-status')).toHaveAttribute('data-status', 'pending');
  await shot(page, info, 'tenant-sso-domains');
  await row.getByTestId('domain-claim-approve').click();
  await expect(page.getByTestId('toast')).toBeVisible();
  await expect(row.getByTestId('domain-claim-status')).toHaveAttribute('data-status', 'verified');
  expect(await claimStatus(tenant.id, domain)).toBe('verified');

  expect(await signInStep(page, info, email)).toBe('signed-in');
  expect(await findUserByEmail(email)).toMatchObject({ tenantId: tenant.id, authSource: 'sso' });

  // Revoking (asks first) sends the domain back to the password step.
  await page.context().clearCookies();
  await signInAndWait(page, info, OWNER);
  await page.goto(localized(info, `/tenants/${tenant.id}`));
  await row.getByTestId('domain-claim-revoke').click();
  await page.getByTestId('domain-claim-confirm').getByTestId('confirm-action').click();
  await expect(row.getByTestId('domain-claim-status')).toHaveAttribute('data-status', 'revoked');
  expect(await signInStep(page, info, `another@${domain}`)).toBe('password');
});
