/**
 * Issue 7, points 1, 4, 6 and 8 in a real browser against the production server:
 * cross-origin cookie writes, redirect targets, the client address, and forced password change.
 */
import { expect, test } from '@playwright/test';
import { createTenant, createUser, signInAttemptIps, userExists } from './support/data';
import { localized, signIn, signInAndWait } from './support/ui';

test.describe('cookie-authenticated writes come only from the app itself', () => {
  test('a form on a sibling origin (same site, other port) cannot create a user with the victim’s cookie', async ({
    page,
  }, info) => {
    const tenant = await createTenant();
    const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
    await signInAndWait(page, info, admin.email, admin.password);

    // Another origin on the same host: SameSite=Lax still sends the session cookie (same site).
    const app = new URL(info.project.use.baseURL!);
    const evilOrigin = `${app.protocol}//${app.hostname}:${Number(app.port) + 1999}`;
    const email = `csrf.${Date.now()}@e2e.test`;
    await page.route(`${evilOrigin}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form id="f" method="POST" enctype="text/plain" action="${app.origin}/api/tenant-users">
                 <input name='{"name":"Evil","role":"tenant_admin","email":"${email}","x":"' value='"}'>
               </form><script>document.getElementById('f').submit()</script>`,
      }),
    );
    const answer = page.waitForResponse((r) => r.url().startsWith(`${app.origin}/api/tenant-users`));
    await page.goto(`${evilOrigin}/attack`);
    const response = await answer;
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'cross_origin_request' });
    expect(await userExists(email)).toBe(false);
  });

  test('forged Origin, wrong content type and the app’s own requests', async ({ page }, info) => {
    const tenant = await createTenant();
    const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
    await signInAndWait(page, info, admin.email, admin.password);
    const email = `csrf.${Date.now()}@e2e.test`;
    const body = JSON.stringify({ name: 'Plain', role: 'viewer', email });

    const forged = await page.request.post('/api/tenant-users', {
      headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
      data: body,
    });
    expect(forged.status()).toBe(403);
    expect(forged.headers()['content-type']).toContain('application/problem+json');
    expect(await forged.json()).toMatchObject({ code: 'cross_origin_request', messageKey: 'errors.crossOrigin' });

    const plain = await page.request.post('/api/tenant-users', {
      headers: { origin: new URL(info.project.use.baseURL!).origin, 'content-type': 'text/plain' },
      data: body,
    });
    expect(plain.status()).toBe(415);
    expect((await plain.json()).code).toBe('unsupported_media_type');
    expect(await userExists(email)).toBe(false);

    // The app's own page (same-origin fetch from the browser) still works.
    const created = await page.evaluate(
      async (payload) =>
        (
          await fetch('/api/tenant-users', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: payload,
          })
        ).status,
      body,
    );
    expect(created).toBe(201);
    expect(await userExists(email)).toBe(true);
  });
});

test.describe('redirect targets never leave the app', () => {
  for (const next of ['/\t/evil.example', '/\\evil.example', '//evil.example', '/.//evil.example']) {
    test(`sign-in with next=${JSON.stringify(next)} lands in the app`, async ({ page }, info) => {
      const tenant = await createTenant();
      const user = await createUser({ tenantId: tenant.id, role: 'engineer' });
      await page.goto(`${localized(info, '/login')}?next=${encodeURIComponent(next)}`);
      await page.locator('#identifier').fill(user.email);
      await page.locator('form button[type=submit]').click();
      await page.locator('#password').fill(user.password);
      await page.locator('form button[type=submit]').click();
      await expect(page.getByTestId('user-menu')).toBeVisible();
      expect(new URL(page.url()).origin).toBe(new URL(info.project.use.baseURL!).origin);
    });
  }

  test('the language switch of a `//host` path stays in the app', async ({ page }, info) => {
    // A full URL: a relative `//evil.example` would be resolved by the test client itself.
    const response = await page.request.get(`${info.project.use.baseURL}//evil.example/?lang=en`, { maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    const location = response.headers()['location'] ?? '';
    expect(new URL(location, info.project.use.baseURL).origin).toBe(new URL(info.project.use.baseURL!).origin);
  });
});

test('the per-IP sign-in throttle records the socket address, not a forged X-Forwarded-For', async ({ page }, info) => {
  const tenant = await createTenant();
  const user = await createUser({ tenantId: tenant.id, role: 'viewer' });
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.77', 'x-real-ip': '203.0.113.78' });
  await signIn(page, info, user.email, 'not-the-password');
  await expect(page.getByTestId('login-error')).toBeVisible();
  const ips = await signInAttemptIps(user.email);
  expect(ips.length).toBeGreaterThan(0);
  expect(ips[0]).not.toMatch(/203\.0\.113/);
  expect(ips[0]).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
});
