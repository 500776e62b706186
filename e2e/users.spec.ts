/**
 * Tenant user management end to end: a tenant admin creates a local user in the UI (the generated
 * one-time password is shown once), changes its role, resets its password; the new user signs in
 * with the one-time password, is forced to change it and lands home; the admin disables the user,
 * which ends the user's session. The platform owner sees every tenant's users, with the tenant as a
 * column and a filter. An ended session goes to sign-in and back. Screenshots included.
 */
import fs from 'node:fs';
import crypto from 'node:crypto';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { createTenant, createUser } from './support/data';
import { isMobile, langOf, localized, otherBrowser, signIn, signInAndWait } from './support/ui';

const visible = (locator: Locator) => locator.locator('visible=true');
const unique = () => crypto.randomBytes(3).toString('hex');

/** The row (table) or card (mobile) of a user. */
const userEntry = (page: Page, info: TestInfo, text: string) =>
  visible(page.getByTestId(isMobile(info) ? 'user-card' : 'user-row').filter({ hasText: text }));

async function userAction(page: Page, info: TestInfo, who: string, action: string) {
  await userEntry(page, info, who).getByTestId('user-actions').click();
  await page.getByTestId(action).click();
}

async function chooseOption(page: Page, select: string, value: string) {
  await page.getByTestId(select).click();
  await page.getByTestId(`${select}-option-${value}`).click();
}

/** Reads the one-time password from its dialog and closes it. */
async function takeOneTimePassword(page: Page) {
  const dialog = page.getByTestId('one-time-password-dialog');
  await expect(dialog).toBeVisible();
  const password = (await dialog.getByTestId('one-time-password').textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
  await dialog.getByTestId('one-time-done').click();
  await expect(dialog).toBeHidden();
  return password;
}

test('tenant admin manages a local user; the user must change the one-time password', async ({
  page,
  browser,
}, info) => {
  const en = langOf(info) === 'en';
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin', name: 'Admin Person' });
  await signInAndWait(page, info, admin.email, admin.password);
  await page.goto(localized(info, '/users'));
  await expect(userEntry(page, info, 'Admin Person')).toBeVisible();

  // Create: the API's own schema checks the form first.
  const name = `Layla ${unique()}`;
  const email = `layla.${unique()}@e2e.test`;
  await page.getByTestId('add-user').click();
  const create = page.getByTestId('create-user-dialog');
  await create.getByTestId('create-user-submit').click();
  await expect(create.getByTestId('user-name-error')).toBeVisible();
  await expect(create.getByTestId('user-email-error')).toHaveText(
    en ? /email or a username/ : /بريدًا إلكترونيًا أو اسم مستخدم/,
  );
  await create.locator('#user-name').fill(name);
  await create.locator('#user-email').fill(email.toUpperCase());
  await chooseOption(page, 'user-role-select', 'engineer');
  await create.getByTestId('create-user-submit').click();
  const created = await takeOneTimePassword(page);
  await expect(visible(page.getByTestId('toast')).filter({ hasText: name })).toBeVisible();
  const entry = userEntry(page, info, name);
  await expect(entry).toContainText(email);
  await expect(entry.getByTestId('must-change-badge')).toBeVisible();

  // A duplicate email is refused with a localized message on the field.
  await page.getByTestId('add-user').click();
  await create.locator('#user-name').fill('Someone Else');
  await create.locator('#user-email').fill(email);
  await create.getByTestId('create-user-submit').click();
  await expect(create.getByTestId('user-email-error')).toHaveText(en ? /already exists/ : /يوجد مستخدم/);
  await page.keyboard.press('Escape');

  // Edit the role.
  await userAction(page, info, name, 'action-edit');
  const edit = page.getByTestId('edit-user-dialog');
  await chooseOption(page, 'edit-role-select', 'reliability_engineer');
  await edit.getByTestId('edit-user-submit').click();
  await expect(edit).toBeHidden();
  await expect(entry).toContainText(en ? 'Reliability engineer' : 'مهندس موثوقية');

  // Reset the password: confirmation, then a new one-time password (the first one stops working).
  await userAction(page, info, name, 'action-reset');
  await page.getByTestId('confirm-action').click();
  const reset = await takeOneTimePassword(page);
  expect(reset).not.toBe(created);

  // The new user signs in with it and must choose a password before anything else.
  const userPage = await otherBrowser(browser, info);
  await signIn(userPage, info, email, created);
  await expect(userPage.getByTestId('login-error')).toBeVisible();
  await signIn(userPage, info, email, reset);
  await expect(userPage).toHaveURL(/\/change-password$/);
  await expect(userPage.getByTestId('forced-notice')).toBeVisible();
  await userPage.goto(localized(info, '/users'));
  await expect(userPage).toHaveURL(/\/change-password$/);
  await userPage.locator('#currentPassword').fill(reset);
  await userPage.locator('#newPassword').fill('password123');
  await userPage.locator('#confirmPassword').fill('password123');
  await userPage.getByTestId('change-password-submit').click();
  await expect(userPage.getByTestId('newPassword-error')).toHaveText(en ? /too common/ : /شائعة/);
  const mine = `quiet harbour ${unique()} lantern`;
  await userPage.locator('#currentPassword').fill(reset);
  await userPage.locator('#newPassword').fill(mine);
  await userPage.locator('#confirmPassword').fill(mine);
  await userPage.getByTestId('change-password-submit').click();
  await expect(userPage.getByTestId('user-menu')).toBeVisible();
  expect(new URL(userPage.url()).pathname).toBe(en ? '/en' : '/');

  // The admin sees the change and disables the user, which ends the user's session.
  await page.reload();
  await expect(userEntry(page, info, name).getByTestId('must-change-badge')).toHaveCount(0);
  await userAction(page, info, name, 'action-disable');
  await page.getByTestId('confirm-action').click();
  await expect(visible(page.getByTestId('toast')).filter({ hasText: name }).last()).toBeVisible();
  await expect(userEntry(page, info, name)).toContainText(en ? 'Disabled' : 'معطّل');
  await userPage.reload();
  await expect(userPage).toHaveURL(/\/login\?reason=session_ended/);
  await userPage.context().close();

  // The admin cannot disable or demote themselves: no disable action on their own row.
  await userEntry(page, info, 'Admin Person').getByTestId('user-actions').click();
  await expect(page.getByTestId('action-edit')).toBeVisible();
  await expect(page.getByTestId('action-disable')).toHaveCount(0);
  await page.keyboard.press('Escape');
});

test('search, filters and sorting live in the URL', async ({ page }, info) => {
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin', name: 'Aaron Admin' });
  await createUser({ tenantId: tenant.id, role: 'viewer', name: 'Zara Viewer' });
  await createUser({ tenantId: tenant.id, role: 'engineer', name: 'Mona Engineer' });
  await signInAndWait(page, info, admin.email, admin.password);
  await page.goto(localized(info, '/users'));
  const names = () => visible(page.getByTestId('user-name')).allTextContents();
  await expect.poll(names).toEqual(['Aaron Admin', 'Mona Engineer', 'Zara Viewer']);

  await page.getByTestId('users-search').fill('zara');
  await expect(page).toHaveURL(/[?&]q=zara/);
  await expect.poll(names).toEqual(['Zara Viewer']);
  await page.getByTestId('users-search').fill('');
  await expect.poll(names).toHaveLength(3);

  await chooseOption(page, 'filter-role', 'engineer');
  await expect(page).toHaveURL(/[?&]role=engineer/);
  await expect.poll(names).toEqual(['Mona Engineer']);
  await chooseOption(page, 'filter-role', 'all');
  await chooseOption(page, 'filter-status', 'disabled');
  await expect(page.getByTestId('users-empty')).toBeVisible();
  await chooseOption(page, 'filter-status', 'all');

  // Desktop sorts by the column header; phones (cards) by a sort menu.
  if (isMobile(info)) await chooseOption(page, 'sort-select', 'name.desc');
  else await page.getByTestId('sort-name').click();
  await expect(page).toHaveURL(/[?&]dir=desc/);
  await expect.poll(names).toEqual(['Zara Viewer', 'Mona Engineer', 'Aaron Admin']);
  // The URL state survives a reload.
  await page.reload();
  await expect.poll(names).toEqual(['Zara Viewer', 'Mona Engineer', 'Aaron Admin']);
});

/** Two fresh tenants with one user each; the owner signed in on the users page, searching for them. */
async function platformOwnerWithTwoTenants(page: Page, info: TestInfo) {
  const tag = unique();
  const one = await createTenant();
  const two = await createTenant();
  await createUser({ tenantId: one.id, role: 'tenant_admin', name: `Crossing ${tag} Admin` });
  await createUser({ tenantId: two.id, role: 'viewer', name: `Crossing ${tag} Viewer` });
  await signInAndWait(page, info, 'owner@optria.demo');
  await page.goto(`${localized(info, '/users')}?q=${encodeURIComponent(`Crossing ${tag}`)}`);
  await expect(userEntry(page, info, `Crossing ${tag} Viewer`)).toBeVisible();
  return { tag, one, two };
}

test('platform owner sees the users of every tenant with their tenant, and filters by tenant', async ({
  page,
}, info) => {
  const { tag, one, two } = await platformOwnerWithTwoTenants(page, info);
  const names = () => visible(page.getByTestId('user-name')).allTextContents();

  // Both tenants' users at once, each with its tenant (a column, or a line on the phone's card).
  await expect.poll(names).toEqual([`Crossing ${tag} Admin`, `Crossing ${tag} Viewer`]);
  await expect(userEntry(page, info, `Crossing ${tag} Admin`).getByTestId('user-tenant')).toContainText(one.name);
  await expect(userEntry(page, info, `Crossing ${tag} Viewer`).getByTestId('user-tenant')).toHaveAttribute(
    'data-slug',
    two.slug,
  );
  if (!isMobile(info))
    await expect(page.getByRole('columnheader', { name: langOf(info) === 'en' ? 'Tenant' : 'المستأجر' })).toBeVisible();
  fs.mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/${info.project.name}-users-platform.png`, fullPage: true });

  // The tenant filter lives in the URL, like the others.
  await chooseOption(page, 'filter-tenant', two.id);
  await expect(page).toHaveURL(new RegExp(`[?&]tenant=${two.id}`));
  await expect.poll(names).toEqual([`Crossing ${tag} Viewer`]);
  await page.reload();
  await expect.poll(names).toEqual([`Crossing ${tag} Viewer`]);
  await chooseOption(page, 'filter-tenant', 'all');
  await expect.poll(names).toHaveLength(2);
});

test("platform owner manages users by id in their tenant, and picks a new user's tenant", async ({ page }, info) => {
  const en = langOf(info) === 'en';
  const { tag, one } = await platformOwnerWithTwoTenants(page, info);

  // By id, inside the user's tenant: a role change, and the tenant's rules (its only admin stays).
  await userAction(page, info, `Crossing ${tag} Viewer`, 'action-edit');
  await chooseOption(page, 'edit-role-select', 'engineer');
  await page.getByTestId('edit-user-submit').click();
  await expect(page.getByTestId('edit-user-dialog')).toBeHidden();
  await expect(userEntry(page, info, `Crossing ${tag} Viewer`)).toContainText(en ? 'Engineer' : 'مهندس');
  await userAction(page, info, `Crossing ${tag} Admin`, 'action-disable');
  await page.getByTestId('confirm-action').click();
  await expect(page.getByTestId('confirm-user-action').getByRole('alert')).toHaveText(
    en ? /last active tenant administrator/ : /آخر مسؤول نشط/,
  );
  await page.keyboard.press('Escape');

  // A new user joins the tenant the owner chooses (there is no default).
  await page.getByTestId('add-user').click();
  const create = page.getByTestId('create-user-dialog');
  await create.locator('#user-name').fill(`Crossing ${tag} New`);
  await create.locator('#user-email').fill(`crossing.${tag}@e2e.test`);
  await create.getByTestId('create-user-submit').click();
  await expect(create.getByTestId('user-tenant-error')).toHaveText(en ? 'Choose a tenant.' : 'اختر مستأجرًا.');
  await chooseOption(page, 'user-tenant-select', one.id);
  await create.getByTestId('create-user-submit').click();
  await takeOneTimePassword(page);
  await expect(userEntry(page, info, `Crossing ${tag} New`).getByTestId('user-tenant')).toContainText(one.name);
});

test('an ended session sends the page to sign-in, then back to where it was', async ({ page }, info) => {
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin', name: 'Session Admin' });
  await signInAndWait(page, info, admin.email, admin.password);
  await page.goto(localized(info, '/users?q=session'));
  await expect(userEntry(page, info, 'Session Admin')).toBeVisible();

  // The session cookie goes away; the next API call answers 401.
  await page.context().clearCookies();
  await page.getByTestId('add-user').click();
  await page.locator('#user-name').fill('Too Late');
  await page.locator('#user-email').fill(`late.${unique()}@e2e.test`);
  await page.getByTestId('create-user-submit').click();
  await expect(page).toHaveURL(
    (url) =>
      url.pathname === localized(info, '/login') &&
      url.searchParams.get('next') === '/users?q=session' &&
      url.searchParams.get('reason') === 'session_ended',
  );
  await expect(
    page.getByRole('status').filter({ hasText: langOf(info) === 'en' ? /session has ended/ : /انتهت جلستك/ }),
  ).toBeVisible();
  await page.locator('#identifier').fill(admin.email);
  await page.locator('form button[type=submit]').click();
  await page.locator('#password').fill(admin.password);
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL((url) => url.pathname === localized(info, '/users') && url.search === '?q=session');
  await expect(userEntry(page, info, 'Session Admin')).toBeVisible();
});

test('screenshots: users page, create dialog, change password', async ({ page, browser }, info) => {
  fs.mkdirSync('screenshots', { recursive: true });
  const name = info.project.name;
  await signInAndWait(page, info, 'admin@gulfpetrochem.demo');
  await page.goto(localized(info, '/users'));
  await expect(visible(page.getByTestId('user-name')).first()).toBeVisible();
  await page.screenshot({ path: `screenshots/${name}-users.png`, fullPage: true });
  await page.getByTestId('add-user').click();
  await page.getByTestId('password-mode-set').click();
  await page.getByTestId('create-user-submit').click();
  await expect(page.getByTestId('user-name-error')).toBeVisible();
  await page.screenshot({ path: `screenshots/${name}-users-create.png` });
  await page.keyboard.press('Escape');

  // A fresh tenant for the one-time password dialog, so the demo tenant stays as seeded.
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, role: 'tenant_admin' });
  const other = await otherBrowser(browser, info);
  await signInAndWait(other, info, admin.email, admin.password);
  await other.goto(localized(info, '/users'));
  await other.getByTestId('add-user').click();
  await other.locator('#user-name').fill('Huda Al-Zahrani');
  await other.locator('#user-username').fill(`huda.${unique()}`);
  await other.getByTestId('create-user-submit').click();
  await expect(other.getByTestId('one-time-password')).toBeVisible();
  await other.screenshot({ path: `screenshots/${name}-users-one-time-password.png` });
  await other.getByTestId('one-time-done').click();
  await other.goto(localized(info, '/change-password'));
  await expect(other.locator('#newPassword')).toBeVisible();
  await other.screenshot({ path: `screenshots/${name}-change-password.png`, fullPage: true });
  await other.context().close();
});
