/** The signed-in user's own tenant record (tenants are platform data, read by id from the context). */
import 'server-only';
import { db } from '../db/client';
import { notFound } from '../http/app-error';
import type { TenantScope } from '../db/tenant-db';

export async function getCurrentTenant(ctx: TenantScope) {
  if (!ctx.tenantId) throw notFound();
  const tenant = await db().tenant.findUnique({
    where: { id: ctx.tenantId },
    select: { id: true, name: true, slug: true, status: true, defaultLocale: true, timeZone: true, createdAt: true },
  });
  if (!tenant) throw notFound();
  return tenant;
}
