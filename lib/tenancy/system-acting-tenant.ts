/**
 * A platform owner works inside a tenant by naming it (`?tenant_id=` / `X-Tenant-Id` on the API),
 * or by addressing an object of that tenant by id (withApi's `tenantOf`). Anyone else naming a
 * tenant other than their own gets a 404, exactly as if it did not exist.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '../db/client';
import { notFound } from '../http/app-error';
import type { RequestContext } from './request-context';

export async function actInTenant(
  ctx: RequestContext,
  requestedTenantId: string | null | undefined,
): Promise<RequestContext> {
  if (!requestedTenantId) return ctx;
  if (ctx.role !== 'platform_owner') {
    if (requestedTenantId !== ctx.tenantId) throw notFound();
    return ctx;
  }
  if (!z.uuid().safeParse(requestedTenantId).success) throw notFound();
  const tenant = await db().tenant.findUnique({ where: { id: requestedTenantId }, select: { id: true, name: true } });
  if (!tenant) throw notFound();
  return { ...ctx, tenantId: tenant.id, tenantName: tenant.name, actingAsPlatformOwner: true };
}
