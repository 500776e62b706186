/**
 * What a page guard decides for a viewer, as a pure function (require-page.ts carries it out).
 * Order matters: no session → sign in; a password an administrator set → change it before
 * anything else (enforced here, not only in the shared layout, because a client-side navigation
 * re-renders the page without its layout); a page the viewer may not see → 404.
 */
import type { FlagSet } from '../flags/flags';
import { isNavItemVisible, NAV_ITEMS, type NavItem, type Viewer } from './nav-items';

export type PageAccess =
  { kind: 'show'; item: NavItem } | { kind: 'sign_in' } | { kind: 'change_password' } | { kind: 'not_found' };

export function pageAccess(
  viewer: (Viewer & { mustChangePassword?: boolean }) | null,
  flags: FlagSet | null,
  keys: NavItem['key'] | NavItem['key'][],
): PageAccess {
  if (!viewer) return { kind: 'sign_in' };
  if (viewer.mustChangePassword) return { kind: 'change_password' };
  const wanted = Array.isArray(keys) ? keys : [keys];
  const item = NAV_ITEMS.find((i) => wanted.includes(i.key) && isNavItemVisible(i, viewer, flags));
  return item ? { kind: 'show', item } : { kind: 'not_found' };
}
