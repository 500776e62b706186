import 'server-only';
import { notFound } from 'next/navigation';
import { tenantFlags } from '../flags/is-enabled';
import { getRequestContext } from '../tenancy/request-context';
import { isNavItemVisible, NAV_ITEMS, type NavItem } from './nav-items';

/** Guards a page with its sidebar entry: a page you may not see is a 404, like a missing one. */
export async function requirePage(key: NavItem['key']) {
  const ctx = await getRequestContext();
  const item = NAV_ITEMS.find((i) => i.key === key);
  if (!ctx || !item) notFound();
  const flags = await tenantFlags(ctx.tenantId);
  if (!isNavItemVisible(item, ctx, flags)) notFound();
  return { ctx, flags };
}
