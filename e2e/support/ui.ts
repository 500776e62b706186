import { expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import { DEMO_PASSWORD } from '../../lib/demo/demo-accounts';

export { DEMO_PASSWORD };

export const langOf = (info: TestInfo) => (info.project.metadata.lang as 'ar' | 'en') ?? 'ar';
export const isMobile = (info: TestInfo) => Boolean(info.project.metadata.mobile);

/** A path in the project's language: /x for Arabic, /en/x for English. */
export function localized(info: TestInfo, path: string) {
  if (langOf(info) === 'ar') return path;
  return path === '/' ? '/en' : `/en${path}`;
}

/** Two steps: the email or username first (SSO domains would leave for their IdP), then the password. */
export async function signIn(page: Page, info: TestInfo, email: string, password = DEMO_PASSWORD) {
  await page.goto(localized(info, '/login'));
  await page.locator('#identifier').fill(email);
  await page.locator('form button[type=submit]').click();
  await page.locator('#password').fill(password);
  await page.locator('form button[type=submit]').click();
}

export async function signInAndWait(page: Page, info: TestInfo, email: string, password = DEMO_PASSWORD) {
  await signIn(page, info, email, password);
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** On mobile the sidebar is a drawer: open it first. */
export async function openSidebar(page: Page, info: TestInfo) {
  if (isMobile(info)) await page.getByTestId('open-menu').click();
  const sidebar = page.getByTestId('sidebar').locator('visible=true');
  await expect(sidebar).toBeVisible();
  return sidebar;
}

export async function signOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
}

/** A second browser (own cookies) in the project's language and screen size. */
export async function otherBrowser(browser: Browser, info: TestInfo) {
  const use = info.project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    locale: use.locale,
    viewport: use.viewport,
    isMobile: use.isMobile,
    hasTouch: use.hasTouch,
  });
  return context.newPage();
}
