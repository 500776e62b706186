import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../lib/demo/demo-accounts';
import { createTenant, createUser, setUserStatus } from './support/data';
import { localized, signIn, signInAndWait, signOut } from './support/ui';

test.describe('sign-in and sign-out', () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.role} signs in to their home page and signs out`, async ({ page }, info) => {
      await signInAndWait(page, info, account.email);
      await expect(page.getByTestId(`home-${account.role}`)).toBeVisible();
      await expect(page.locator('h1')).toContainText(account.name);
      await signOut(page);
      await expect(page).toHaveURL(new RegExp(`${localized(info, '/login')}$`));
      // The session is gone: app pages send us back to sign-in.
      await page.goto(localized(info, '/'));
      await expect(page).toHaveURL(/\/login/);
    });
  }

  test('a wrong password shows a generic error and keeps the user out', async ({ page }, info) => {
    const tenant = await createTenant();
    const user = await createUser({ tenantId: tenant.id, role: 'engineer' });
    await signIn(page, info, user.email, 'not-the-password');
    await expect(page.getByTestId('login-error')).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    // Unknown accounts get the very same message (no account enumeration).
    const wrongPasswordMessage = await page.getByTestId('login-error').textContent();
    await signIn(page, info, 'nobody@e2e.test', 'whatever-password');
    await expect(page.getByTestId('login-error')).toHaveText(wrongPasswordMessage!);
  });

  test('sign-in is throttled per account after repeated failures, even with the right password', async ({
    page,
  }, info) => {
    const tenant = await createTenant();
    const user = await createUser({ tenantId: tenant.id, role: 'viewer' });
    for (let i = 0; i < 5; i++) {
      await signIn(page, info, user.email, `wrong-${i}`);
      await expect(page.getByTestId('login-error')).toBeVisible();
    }
    const invalidText = await page.getByTestId('login-error').textContent();
    await signIn(page, info, user.email, user.password);
    await expect(page.getByTestId('login-error')).not.toHaveText(invalidText!);
    await expect(page.getByTestId('login-error')).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test('disabling a user ends their session at the next request', async ({ page }, info) => {
    const tenant = await createTenant();
    const user = await createUser({ tenantId: tenant.id, role: 'engineer' });
    await signInAndWait(page, info, user.email, user.password);
    await setUserStatus(user.id, 'disabled');
    await page.reload();
    await expect(page).toHaveURL(/\/login\?reason=session_ended/);
    await expect(page.getByRole('status')).toBeVisible();
  });
});
