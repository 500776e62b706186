import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { SNAPSHOT_FIELDS, snapshotFromRow } from './health-rows';
import type { HealthSnapshot } from './health-types';

export type { HealthFactor, HealthSnapshot, HealthStatus } from './health-types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Assets looked up at once; each lookup is one index probe on (tenant, asset, computed_at desc). */
const PARALLEL = 8;

/**
 * The newest stored health snapshot of each asset of `tenantId`, keyed by the id as given. Assets
 * without a snapshot, of another tenant, or whose id is not a UUID are absent from the map. Shape: docs/health-model.md, /work/contracts.md.
 */
export async function latestHealth(tenantId: string, assetIds: string[]): Promise<Map<string, HealthSnapshot>> {
  const tdb = tenantDb({ tenantId });
  const result = new Map<string, HealthSnapshot>();
  const ids = [...new Set(assetIds.filter((id) => UUID.test(id)))];
  for (let i = 0; i < ids.length; i += PARALLEL) {
    const batch = ids.slice(i, i + PARALLEL);
    const rows = await Promise.all(
      batch.map((assetId) =>
        tdb.assetHealthSnapshot.findFirst({
          where: { assetId },
          orderBy: { computedAt: 'desc' },
          select: SNAPSHOT_FIELDS,
        }),
      ),
    );
    rows.forEach((row, k) => {
      if (row) result.set(batch[k]!, { ...snapshotFromRow(row), assetId: batch[k]! });
    });
  }
  return result;
}
