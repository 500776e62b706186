/**
 * Every page has a <title> in the page's language ("<page> · OPTRIA IQ"), and the app icon is served:
 * no request for a favicon or icon fails, and the icon links in <head> answer with images. The list
 * of pages below must name every app/**\/page.tsx, so a new page cannot be forgotten here.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import { DEMO_TENANT } from '../lib/demo/demo-accounts';
import { createAsset, createPushIntegration, createSiteWithUnit, demoTenantId } from './support/data';
import { langOf, localized, signInAndWait } from './support/ui';

type Messages = typeof en;
const messages = (info: TestInfo): Messages => (langOf(info) === 'en' ? en : ar);
const APP = 'OPTRIA IQ';

interface PageCase {
  /** the page file's route, e.g. /tenants/[id] (checked against app/) */
  route: string;
  /** who looks at it: a demo account, or nobody signed in */
  as: 'owner@optria.demo' | 'admin@gulfpetrochem.demo' | null;
  path: () => Promise<string> | string;
  title: (m: Messages) => string;
}

/** A site and unit of the demo tenant made for this run (their names are in the titles). */
let demoPlaceCache: Awaited<ReturnType<typeof createSiteWithUnit>> | undefined;
const demoPlace = async () => (demoPlaceCache ??= await createSiteWithUnit(await demoTenantId()));
/** An asset in that unit (its name is in the asset page's title). */
let demoAssetCache: Awaited<ReturnType<typeof createAsset>> | undefined;
const demoAsset = async () => (demoAssetCache ??= await createAsset(await demoTenantId(), (await demoPlace()).unit.id));

/** An integration of the demo tenant made for this run. */
let integrationCache: Awaited<ReturnType<typeof createPushIntegration>> | undefined;
const demoIntegration = async () => (integrationCache ??= await createPushIntegration(await demoTenantId()));

const PAGES: PageCase[] = [
  { route: '/login', as: null, path: () => '/login', title: (m) => m.login.title },
  { route: '/', as: 'admin@gulfpetrochem.demo', path: () => '/', title: (m) => m.nav.home },
  { route: '/users', as: 'admin@gulfpetrochem.demo', path: () => '/users', title: (m) => m.users.title },
  { route: '/audit-log', as: 'admin@gulfpetrochem.demo', path: () => '/audit-log', title: (m) => m.auditLog.title },
  { route: '/settings', as: 'admin@gulfpetrochem.demo', path: () => '/settings', title: (m) => m.settings.title },
  { route: '/assets', as: 'admin@gulfpetrochem.demo', path: () => '/assets', title: (m) => m.assetsPage.title },
  {
    route: '/assets/[id]',
    as: 'admin@gulfpetrochem.demo',
    path: async () => `/assets/${(await demoAsset()).id}`,
    title: (m) => `${m === en ? demoAssetCache!.nameEn : demoAssetCache!.nameAr} · ${m.assetsPage.title}`,
  },
  {
    route: '/assets/import',
    as: 'admin@gulfpetrochem.demo',
    path: () => '/assets/import',
    title: (m) => m.plantImport.title,
  },
  { route: '/sites', as: 'admin@gulfpetrochem.demo', path: () => '/sites', title: (m) => m.plantUi.site.listTitle },
  {
    route: '/sites/[id]',
    as: 'admin@gulfpetrochem.demo',
    path: async () => `/sites/${(await demoPlace()).site.id}`,
    title: (m) =>
      `${m === en ? demoPlaceCache!.site.nameEn : demoPlaceCache!.site.nameAr} · ${m.plantUi.site.listTitle}`,
  },
  {
    route: '/units/[id]',
    as: 'admin@gulfpetrochem.demo',
    path: async () => `/units/${(await demoPlace()).unit.id}`,
    title: (m) =>
      `${m === en ? demoPlaceCache!.unit.nameEn : demoPlaceCache!.unit.nameAr} · ${m.plantUi.unit.listTitle}`,
  },
  {
    route: '/integrations',
    as: 'admin@gulfpetrochem.demo',
    path: () => '/integrations',
    title: (m) => m.integrationsUi.title,
  },
  {
    route: '/integrations/new',
    as: 'admin@gulfpetrochem.demo',
    path: () => '/integrations/new',
    title: (m) => m.integrationsUi.new.title,
  },
  {
    route: '/integrations/[id]',
    as: 'admin@gulfpetrochem.demo',
    path: async () => `/integrations/${(await demoIntegration()).id}`,
    title: (m) => `${integrationCache!.name} · ${m.integrationsUi.title}`,
  },
  { route: '/settings/sso', as: 'admin@gulfpetrochem.demo', path: () => '/settings/sso', title: (m) => m.sso.title },
  {
    route: '/settings/api-keys',
    as: 'admin@gulfpetrochem.demo',
    path: () => '/settings/api-keys',
    title: (m) => m.apiKeys.title,
  },
  {
    route: '/change-password',
    as: 'admin@gulfpetrochem.demo',
    path: () => '/change-password',
    title: (m) => m.changePassword.title,
  },
  { route: '/tenants', as: 'owner@optria.demo', path: () => '/tenants', title: (m) => m.tenants.title },
  {
    route: '/tenants/[id]',
    as: 'owner@optria.demo',
    path: async () => `/tenants/${await demoTenantId()}`,
    title: (m) => `${DEMO_TENANT.name} · ${m.tenants.title}`,
  },
  {
    route: '/system-status',
    as: 'owner@optria.demo',
    path: () => '/system-status',
    title: (m) => m.systemStatus.title,
  },
  {
    route: '/[...rest]',
    as: 'owner@optria.demo',
    path: () => '/no-such-page',
    title: (m) => m.errors.notFoundTitle,
  },
];

/** Routes of every page.tsx under app/[locale], without route groups: (app)/users/page.tsx → /users. */
function pageRoutes(dir = path.join(process.cwd(), 'app', '[locale]'), prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'page.tsx' ? [prefix || '/'] : [];
    const group = /^\(.+\)$/.test(entry.name);
    return pageRoutes(path.join(dir, entry.name), group ? prefix : `${prefix}/${entry.name}`);
  });
}

/** Collects every failed request for a favicon or app icon while the page is used. */
function watchIcons(page: Page) {
  const failed: string[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (/(favicon|icon)[^/]*$/.test(pathname) && response.status() >= 400)
      failed.push(`${response.status()} ${pathname}`);
  });
  return failed;
}

test('the list of pages names every page of the app', () => {
  expect(PAGES.map((p) => p.route).sort()).toEqual(pageRoutes().sort());
});

for (const account of [null, 'admin@gulfpetrochem.demo', 'owner@optria.demo'] as const) {
  test(`page titles in the page's language (${account ?? 'signed out'})`, async ({ page }, info) => {
    // The tenant admin's dozen pages, the first loads of a fresh server among them: more than 30 s.
    test.setTimeout(90_000);
    const failedIcons = watchIcons(page);
    if (account) await signInAndWait(page, info, account);
    for (const item of PAGES.filter((p) => p.as === account)) {
      await page.goto(localized(info, await item.path()));
      await expect(page, item.route).toHaveTitle(`${item.title(messages(info))} · ${APP}`);
      await expect(page.locator('html')).toHaveAttribute('lang', langOf(info));
    }
    expect(failedIcons).toEqual([]);
  });
}

test('a page the viewer may not see has the not-found title, like a missing page', async ({ page }, info) => {
  await signInAndWait(page, info, 'viewer@gulfpetrochem.demo');
  const expected = `${messages(info).errors.notFoundTitle} · ${APP}`;
  const tenant = `/tenants/${await demoTenantId()}`;
  const integration = `/integrations/${(await demoIntegration()).id}`;
  for (const hidden of [
    '/tenants',
    tenant,
    '/users',
    '/settings/api-keys',
    '/system-status',
    '/integrations/new',
    integration,
    '/no-such-page',
  ]) {
    expect((await page.goto(localized(info, hidden)))?.status()).toBe(404);
    await expect(page, hidden).toHaveTitle(expected);
  }
});

test('a tenant that does not exist has the not-found title', async ({ page }, info) => {
  await signInAndWait(page, info, 'owner@optria.demo');
  expect((await page.goto(localized(info, `/tenants/${crypto.randomUUID()}`)))?.status()).toBe(404);
  await expect(page).toHaveTitle(`${messages(info).errors.notFoundTitle} · ${APP}`);
});

test('the app icon: /favicon.ico and the icons linked from <head> are images', async ({ page }, info) => {
  await page.goto(localized(info, '/login'));
  const links = await page
    .locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
    .evaluateAll((els) => els.map((e) => ({ rel: e.getAttribute('rel'), href: e.getAttribute('href')! })));
  expect(links.map((l) => l.rel)).toEqual(expect.arrayContaining(['icon', 'apple-touch-icon']));
  const hrefs = [...new Set(['/favicon.ico', ...links.map((l) => l.href)])];
  for (const href of hrefs) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toMatch(/^image\//);
  }
});
