/** The platform owner's tenant list: search by name or slug, filter by status, server pagination. */
import 'server-only';
import { db } from '../db/client';
import { pageArgs, pageResult } from '../http/pagination';
import type { ListTenants } from './tenant-schemas';
import { TENANT_VIEW_SELECT, toTenantView } from './system-tenant-view';

/** LIKE wildcards in a search are literal characters, not patterns. */
const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listTenants(input: ListTenants) {
  const q = input.q ? escapeLike(input.q) : undefined;
  const where = {
    ...(input.status ? { status: input.status } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: 'insensitive' as const } },
            { slug: { contains: q, mode: 'insensitive' as const } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db().tenant.findMany({
      where,
      select: TENANT_VIEW_SELECT,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      ...pageArgs(input),
    }),
    db().tenant.count({ where }),
  ]);
  return pageResult(rows.map(toTenantView), total, input);
}

/** Every tenant's id and name, for pickers (e.g. the audit log's tenant filter). */
export function listTenantOptions() {
  return db().tenant.findMany({
    select: { id: true, name: true, slug: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}
