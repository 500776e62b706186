/**
 * One run of the health job: every active asset of every active tenant, tenant by tenant, then the
 * retention prune. Deterministic given the data and `now`.
 */
import 'server-only';
import { recomputeTenantHealth, type RecomputeCounts } from './recompute-tenant-health';
import { activeTenantIds, pruneHealthSnapshots } from './system-health-targets';

/** Snapshots older than this are deleted (history for the asset page's longest range, 1 year). */
export const HEALTH_RETENTION_DAYS = 400;

export async function recomputeAllHealth(
  now = new Date(),
): Promise<RecomputeCounts & { tenants: number; pruned: number }> {
  const tenants = await activeTenantIds();
  const total = { tenants: tenants.length, assets: 0, failed: 0, pruned: 0 };
  for (const tenantId of tenants) {
    const counts = await recomputeTenantHealth(tenantId, now);
    total.assets += counts.assets;
    total.failed += counts.failed;
  }
  total.pruned = await pruneHealthSnapshots(new Date(now.getTime() - HEALTH_RETENTION_DAYS * 86_400_000));
  return total;
}
