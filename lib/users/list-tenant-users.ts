import 'server-only';
import { z } from 'zod';
import { tenantDb, type TenantScope } from '../db/tenant-db';
import { pageArgs, pageResult, ZPagination } from '../http/pagination';
import { notFound } from '../http/app-error';
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

/** A stable order: the chosen column, then name, then id (so pages never overlap). */
function orderBy(sort: UserSortKey, dir: 'asc' | 'desc') {
  const first =
    sort === 'email'
      ? { email: { sort: dir, nulls: 'last' as const } }
      : ({ [sort]: dir } as Record<string, 'asc' | 'desc'>);
  return [first, ...(sort === 'name' ? [] : [{ name: 'asc' as const }]), { id: dir }];
}

export async function listTenantUsers(ctx: TenantScope, input: ListTenantUsers) {
  const q = input.q ? escapeLike(input.q) : undefined;
  const where = {
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
  const tdb = tenantDb(ctx);
  const [items, total] = await Promise.all([
    tdb.user.findMany({
      where,
      select: PUBLIC_USER_FIELDS,
      orderBy: orderBy(input.sort, input.dir),
      ...pageArgs(input),
    }),
    tdb.user.count({ where }),
  ]);
  return pageResult(items, total, input);
}

export async function getTenantUser(ctx: TenantScope, id: string) {
  // A malformed id is answered like a missing one.
  if (!z.uuid().safeParse(id).success) throw notFound();
  const user = await tenantDb(ctx).user.findUnique({ where: { id }, select: PUBLIC_USER_FIELDS });
  if (!user) throw notFound();
  return user;
}
