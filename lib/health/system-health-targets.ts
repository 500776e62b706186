/**
 * The health job's view across tenants: which tenants to recompute, and the retention prune.
 * Cross-tenant by nature, hence system-*; everything inside a tenant goes through tenantDb.
 */
import 'server-only';
import { db } from '../db/client';

/** Ids of tenants whose assets are recomputed (suspended tenants are left alone). */
export async function activeTenantIds(): Promise<string[]> {
  const rows = await db().tenant.findMany({
    where: { status: 'active' },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => r.id);
}

/** Deletes snapshots computed before `before` in every tenant; returns how many. */
export async function pruneHealthSnapshots(before: Date): Promise<number> {
  const { count } = await db().assetHealthSnapshot.deleteMany({ where: { computedAt: { lt: before } } });
  return count;
}
