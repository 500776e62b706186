import 'server-only';
import { notFound } from 'next/navigation';
import { tenantFlags } from '../flags/is-enabled';
import { getRequestContext } from '../tenancy/request-context';
import { isNavItemVisible, NAV_ITEMS, type NavItem } from './nav-items';

/**
 * Guards a page with its sidebar entry (or entries, when one page serves several, e.g. /users for
 * tenant admins and for the platform owner): a page you may not see is a 404, like a missing one.
 */
export async function requirePage(keys: NavItem['key'] | NavItem['key'][]) {
  const ctx = await getRequestContext();
  if (!ctx) notFound();
  const flags = await tenantFlags(ctx.tenantId);
  const wanted = Array.isArray(keys) ? keys : [keys];
  const item = NAV_ITEMS.find((i) => wanted.includes(i.key) && isNavItemVisible(i, ctx, flags));
  if (!item) notFound();
  return { ctx, flags, item };
}
