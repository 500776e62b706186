/**
 * The platform owner's users list: every tenant's users (never platform accounts), each with its
 * tenant, optionally narrowed to one tenant. Same filters, search, order and pages as a tenant's
 * own list (user-list-query.ts). Tenant roles never reach this: they list through tenantDb.
 */
import 'server-only';
import { db } from '../db/client';
import { pageArgs, pageResult } from '../http/pagination';
import { PUBLIC_USER_FIELDS, userOrderBy, userWhere, type ListTenantUsers } from './user-list-query';

export const USER_TENANT_FIELDS = { tenant: { select: { id: true, name: true, slug: true } } } as const;

/** `{ items: [{ …public fields, tenant: { id, name, slug } }], page, pageSize, total, pageCount }` */
export async function listAllTenantUsers(input: ListTenantUsers, scope: { tenantId?: string | null } = {}) {
  const where = { ...userWhere(input), tenantId: scope.tenantId ? scope.tenantId : { not: null } };
  const [rows, total] = await Promise.all([
    db().user.findMany({
      where,
      select: { ...PUBLIC_USER_FIELDS, ...USER_TENANT_FIELDS },
      orderBy: userOrderBy(input.sort, input.dir),
      ...pageArgs(input),
    }),
    db().user.count({ where }),
  ]);
  return pageResult(rows, total, input);
}
