/**
 * The users list's filters, search and order, shared by the tenant's own list (tenantDb) and the
 * platform owner's list across tenants (system-list-all-tenant-users.ts), so both behave alike.
 */
import { z } from 'zod';
import { ZPagination } from '../http/pagination';
import { TENANT_ROLES } from '../rbac/permissions';
import { USER_SORT_KEYS, type UserSortKey } from './schemas';

/** What any API or page may show of a user. Never the password hash or SSO secrets. */
export const PUBLIC_USER_FIELDS = {
  id: true,
  tenantId: true,
  email: true,
  username: true,
  name: true,
  role: true,
  status: true,
  authSource: true,
  mustChangePassword: true,
  lastSignInAt: true,
  createdAt: true,
} as const;

export const ZListTenantUsers = ZPagination.extend({
  q: z.string().trim().max(200).optional(),
  role: z.enum(TENANT_ROLES as [string, ...string[]]).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  sort: z.enum(USER_SORT_KEYS).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type ListTenantUsers = z.infer<typeof ZListTenantUsers>;

/** LIKE wildcards in a search are literal characters, not patterns. */
const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The Prisma `where` of the filters and the search (name, email or username, any case). */
export function userWhere(input: ListTenantUsers) {
  const q = input.q ? escapeLike(input.q) : undefined;
  return {
    ...(input.role ? { role: input.role as never } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: 'insensitive' as const } },
            { email: { contains: q, mode: 'insensitive' as const } },
            { username: { contains: q, mode: 'insensitive' as const } },
          ],
        }
      : {}),
  };
}

/** A stable order: the chosen column, then name, then id (so pages never overlap). */
export function userOrderBy(sort: UserSortKey, dir: 'asc' | 'desc') {
  const first =
    sort === 'email'
      ? { email: { sort: dir, nulls: 'last' as const } }
      : ({ [sort]: dir } as Record<string, 'asc' | 'desc'>);
  return [first, ...(sort === 'name' ? [] : [{ name: 'asc' as const }]), { id: dir }];
}
