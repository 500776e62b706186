import 'server-only';
import { z } from 'zod';
import { tenantDb, type TenantScope } from '../db/tenant-db';
import { pageArgs, pageResult } from '../http/pagination';
import { notFound } from '../http/app-error';
import { PUBLIC_USER_FIELDS, userOrderBy, userWhere, type ListTenantUsers } from './user-list-query';

export { PUBLIC_USER_FIELDS, ZListTenantUsers, type ListTenantUsers } from './user-list-query';

/** One page of the caller tenant's users (tenantDb scopes every query). */
export async function listTenantUsers(ctx: TenantScope, input: ListTenantUsers) {
  const where = userWhere(input);
  const tdb = tenantDb(ctx);
  const [items, total] = await Promise.all([
    tdb.user.findMany({
      where,
      select: PUBLIC_USER_FIELDS,
      orderBy: userOrderBy(input.sort, input.dir),
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
