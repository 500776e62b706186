import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { SNAPSHOT_FIELDS, snapshotFromRow } from './health-rows';
import type { HealthSnapshot } from './health-types';

export type { HealthFactor, HealthSnapshot, HealthStatus } from './health-types';

/** Assets looked up at once; each lookup is one index probe on (tenant, asset, computed_at desc). */
const PARALLEL = 8;

/**
 * The newest stored health snapshot of each asset of `tenantId`. Assets without a snapshot (or of
 * another tenant) are absent from the map. Shape: docs/health-model.md, /work/contracts.md.
 */
export async function latestHealth(tenantId: string, assetIds: string[]): Promise<Map<string, HealthSnapshot>> {
  const tdb = tenantDb({ tenantId });
  const result = new Map<string, HealthSnapshot>();
  const ids = [...new Set(assetIds)];
  for (let i = 0; i < ids.length; i += PARALLEL) {
    const rows = await Promise.all(
      ids.slice(i, i + PARALLEL).map((assetId) =>
        tdb.assetHealthSnapshot.findFirst({
          where: { assetId },
          orderBy: { computedAt: 'desc' },
          select: SNAPSHOT_FIELDS,
        }),
      ),
    );
    for (const row of rows) if (row) result.set(row.assetId, snapshotFromRow(row));
  }
  return result;
}
