import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { tenantFlags } from '../flags/is-enabled';
import { localePath } from '../i18n/locale-path';
import { isLocale } from '../i18n/locales';
import { getRequestContext } from '../tenancy/request-context';
import type { NavItem } from './nav-items';
import { pageAccess } from './page-access';

/**
 * Guards a page with its sidebar entry (or entries, when one page serves several, e.g. /users for
 * tenant admins and for the platform owner): a page you may not see is a 404, like a missing one.
 * Every page under app/[locale]/(app) calls it (page-guard.test.ts checks), so the guard holds on
 * every request path, including client-side navigations that skip the shared layout.
 */
export async function requirePage(keys: NavItem['key'] | NavItem['key'][]) {
  const ctx = await getRequestContext();
  const flags = ctx ? await tenantFlags(ctx.tenantId) : null;
  const access = pageAccess(ctx, flags, keys);
  const locale = await getLocale();
  const to = (path: string) => localePath(isLocale(locale) ? locale : 'ar', path);
  switch (access.kind) {
    case 'sign_in':
      redirect(`${to('/login')}?reason=session_ended`);
    case 'change_password':
      redirect(to('/change-password'));
    case 'not_found':
      notFound();
    case 'show':
      return { ctx: ctx!, flags, item: access.item };
  }
}
