/**
 * The sidebar, as data. An entry exists only for a page that exists. Each page guards itself
 * with the same entry (requirePage), so the sidebar and the routes can never disagree.
 */
import type { FeatureFlag, FlagSet } from '../flags/flags';
import { allows, type Permission, type RoleName } from '../rbac/permissions';

export interface NavItem {
  key:
    | 'home'
    | 'assets'
    | 'sites'
    | 'users'
    | 'auditLog'
    | 'settings'
    | 'sso'
    | 'apiKeys'
    | 'tenants'
    | 'platformUsers'
    | 'platformAuditLog'
    | 'systemStatus'
    | 'plantImport'
    | 'integrations'
    | 'integrationNew'
    | 'integrationDetail';
  href: string;
  group: 'main' | 'management';
  permission: Permission | null;
  /** 'tenant': only inside a tenant; 'platform': only for platform work */
  scope: 'any' | 'tenant' | 'platform';
  flag?: FeatureFlag;
  /** false: a page reached from another one (a button), guarded like the others but not in the sidebar */
  inSidebar?: false;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', href: '/', group: 'main', permission: null, scope: 'any' },
  { key: 'assets', href: '/assets', group: 'main', permission: 'assets.read', scope: 'tenant' },
  // Sites, and the unit pages under them (/units/[id] is guarded with this entry too).
  { key: 'sites', href: '/sites', group: 'main', permission: 'assets.read', scope: 'tenant' },
  {
    key: 'integrations',
    href: '/integrations',
    group: 'main',
    permission: 'integrations.status',
    scope: 'tenant',
    flag: 'integrations',
  },
  { key: 'users', href: '/users', group: 'main', permission: 'tenant_users.manage', scope: 'tenant' },
  { key: 'auditLog', href: '/audit-log', group: 'main', permission: 'audit.read', scope: 'tenant', flag: 'audit_log' },
  { key: 'settings', href: '/settings', group: 'main', permission: 'flags.read', scope: 'tenant' },
  { key: 'sso', href: '/settings/sso', group: 'main', permission: 'sso.manage', scope: 'tenant' },
  { key: 'apiKeys', href: '/settings/api-keys', group: 'main', permission: 'api_keys.manage', scope: 'tenant' },
  { key: 'tenants', href: '/tenants', group: 'management', permission: 'platform.tenants.manage', scope: 'platform' },
  { key: 'platformUsers', href: '/users', group: 'management', permission: 'tenant_users.manage', scope: 'platform' },
  { key: 'platformAuditLog', href: '/audit-log', group: 'management', permission: 'audit.read', scope: 'platform' },
  {
    key: 'plantImport',
    href: '/assets/import',
    group: 'main',
    permission: 'assets.manage',
    scope: 'tenant',
    inSidebar: false,
  },
  {
    key: 'integrationNew',
    href: '/integrations/new',
    group: 'main',
    permission: 'integrations.manage',
    scope: 'tenant',
    flag: 'integrations',
    inSidebar: false,
  },
  {
    key: 'integrationDetail',
    href: '/integrations/[id]',
    group: 'main',
    permission: 'integrations.read',
    scope: 'tenant',
    flag: 'integrations',
    inSidebar: false,
  },
  {
    key: 'systemStatus',
    href: '/system-status',
    group: 'management',
    permission: 'platform.status.read',
    scope: 'platform',
  },
];

export interface Viewer {
  role: RoleName;
  tenantId: string | null;
  apiKeyCreatorRole?: RoleName;
}

export function isNavItemVisible(item: NavItem, viewer: Viewer, flags: FlagSet | null): boolean {
  if (item.permission && !allows(viewer, item.permission)) return false;
  if (item.scope === 'tenant' && !viewer.tenantId) return false;
  if (item.scope === 'platform' && viewer.role !== 'platform_owner') return false;
  if (item.flag && !flags?.[item.flag]) return false;
  return true;
}

export function visibleNav(viewer: Viewer, flags: FlagSet | null): NavItem[] {
  return NAV_ITEMS.filter((item) => item.inSidebar !== false && isNavItemVisible(item, viewer, flags));
}
