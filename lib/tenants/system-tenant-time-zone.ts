/**
 * The time zone a caller's times are shown and filtered in: their tenant's setting; the platform
 * owner outside any tenant gets UTC (PLATFORM_TIME_ZONE); signed-out pages the default zone.
 * Read once per request (React cache) by lib/i18n/request.ts and the services that filter by day.
 */
import 'server-only';
import { cache } from 'react';
import { db } from '../db/client';
import type { TenantScope } from '../db/tenant-db';
import { DEFAULT_TIME_ZONE, isSupportedTimeZone, PLATFORM_TIME_ZONE } from '../time/time-zones';

const loadTenantTimeZone = cache(async (tenantId: string): Promise<string> => {
  const tenant = await db().tenant.findUnique({ where: { id: tenantId }, select: { timeZone: true } });
  // A zone this runtime does not know (e.g. written by a newer runtime) would make Intl throw.
  return tenant && isSupportedTimeZone(tenant.timeZone) ? tenant.timeZone : DEFAULT_TIME_ZONE;
});

/** `ctx.tenantId` null (platform owner outside a tenant) → 'UTC'. */
export async function timeZoneOf(ctx: TenantScope): Promise<string> {
  return ctx.tenantId ? loadTenantTimeZone(ctx.tenantId) : PLATFORM_TIME_ZONE;
}
