import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { logger } from '../log/logger';
import { computeAssetHealth } from './compute-asset-health';
import { loadHealthInputs } from './load-health-inputs';
import { saveHealthSnapshot } from './save-health-snapshot';

/** Assets read, loaded and stored per round (bounds memory and connections). */
export const HEALTH_BATCH_SIZE = 50;

interface HealthTarget {
  id: string;
  type: string;
  metadata: unknown;
}

export interface RecomputeCounts {
  assets: number;
  failed: number;
}

/**
 * Computes and stores a health snapshot for every active asset of one tenant, in batches by id.
 * An asset whose data cannot be read is logged and counted, and the others still get theirs.
 */
export async function recomputeTenantHealth(tenantId: string, now: Date): Promise<RecomputeCounts> {
  const tdb = tenantDb({ tenantId });
  const log = logger().child({ scope: 'health', tenantId });
  const counts: RecomputeCounts = { assets: 0, failed: 0 };
  let afterId: string | null = null;
  for (;;) {
    const assets: HealthTarget[] = await tdb.asset.findMany({
      where: { status: 'active', ...(afterId ? { id: { gt: afterId } } : {}) },
      select: { id: true, type: true, metadata: true },
      orderBy: { id: 'asc' },
      take: HEALTH_BATCH_SIZE,
    });
    if (assets.length === 0) return counts;
    afterId = assets.at(-1)!.id;
    const inputs = await loadHealthInputs(tenantId, assets, now);
    for (const input of inputs) {
      try {
        await saveHealthSnapshot(tenantId, computeAssetHealth(input));
        counts.assets += 1;
      } catch (error) {
        counts.failed += 1;
        log.error({ err: error, assetId: input.assetId }, 'health snapshot failed');
      }
    }
  }
}
