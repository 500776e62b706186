import 'server-only';
import { notFound } from 'next/navigation';
import { tenantFlags } from '../flags/is-enabled';
import { getRequestContext } from '../tenancy/request-context';
import { isNavItemVisible, NAV_ITEMS, type NavItem } from './nav-items';

/** The viewer's context and the first of `keys` they may see, or null when they may see none. */
export async function visiblePage(keys: NavItem['key'] | NavItem['key'][]) {
  const ctx = await getRequestContext();
  if (!ctx) return null;
  const flags = await tenantFlags(ctx.tenantId);
  const wanted = Array.isArray(keys) ? keys : [keys];
  const item = NAV_ITEMS.find((i) => wanted.includes(i.key) && isNavItemVisible(i, ctx, flags));
  return item ? { ctx, flags, item } : null;
}

/**
 * Guards a page with its sidebar entry (or entries, when one page serves several, e.g. /users for
 * tenant admins and for the platform owner): a page you may not see is a 404, like a missing one.
 */
export async function requirePage(keys: NavItem['key'] | NavItem['key'][]) {
  return (await visiblePage(keys)) ?? notFound();
}
