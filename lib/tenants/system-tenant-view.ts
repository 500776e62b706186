/** What the tenant APIs and pages show of a tenant: its row, user count and resolved flags. */
import 'server-only';
import { resolveFlags } from '../flags/flags';

export const TENANT_VIEW_SELECT = {
  id: true,
  name: true,
  slug: true,
  status: true,
  defaultLocale: true,
  timeZone: true,
  createdAt: true,
  updatedAt: true,
  featureFlags: { select: { flag: true, enabled: true } },
  _count: { select: { users: true } },
} as const;

interface TenantRow {
  id: string;
  name: string;
  slug: string;
  status: 'active' | 'suspended';
  defaultLocale: string;
  timeZone: string;
  createdAt: Date;
  updatedAt: Date;
  featureFlags: { flag: string; enabled: boolean }[];
  _count: { users: number };
}

export function toTenantView(row: TenantRow) {
  const { featureFlags, _count, ...tenant } = row;
  return {
    ...tenant,
    defaultLocale: tenant.defaultLocale === 'en' ? ('en' as const) : ('ar' as const),
    usersCount: _count.users,
    flags: resolveFlags(featureFlags),
  };
}

export type TenantView = ReturnType<typeof toTenantView>;
