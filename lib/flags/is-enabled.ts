import 'server-only';
import { cache } from 'react';
import { tenantDb, type TenantScope } from '../db/tenant-db';
import { resolveFlags, type FeatureFlag, type FlagSet } from './flags';

/** The tenant's flags, read once per request. Platform context (no tenant) has none enabled. */
export const tenantFlags = cache(async (tenantId: string | null): Promise<FlagSet | null> => {
  if (!tenantId) return null;
  const rows = await tenantDb({ tenantId }).tenantFeatureFlag.findMany({ select: { flag: true, enabled: true } });
  return resolveFlags(rows);
});

export async function isEnabled(ctx: TenantScope, flag: FeatureFlag): Promise<boolean> {
  const flags = await tenantFlags(ctx.tenantId);
  return flags?.[flag] ?? false;
}
