import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { signInAndWait } from './support/ui';

// Screenshots of the sign-in page and the shell in every project (ar/en, desktop/mobile),
// written to screenshots/ for people to look at.
test('screenshots: sign-in and shell', async ({ page }, info) => {
  fs.mkdirSync('screenshots', { recursive: true });
  const name = info.project.name;
  await page.goto(info.project.metadata.lang === 'en' ? '/en/login' : '/login');
  await expect(page.locator('#identifier')).toBeVisible();
  await page.screenshot({ path: `screenshots/${name}-login.png`, fullPage: true });
  await signInAndWait(page, info, 'admin@gulfpetrochem.demo');
  await page.screenshot({ path: `screenshots/${name}-home.png`, fullPage: true });
  if (info.project.metadata.mobile) {
    await page.getByTestId('open-menu').click();
    await expect(page.getByTestId('sidebar').locator('visible=true')).toBeVisible();
    await page.screenshot({ path: `screenshots/${name}-drawer.png` });
  }
});
