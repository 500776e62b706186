import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { latestHealth, type HealthSnapshot } from '../health/latest-health';
import type { PlantActor } from '../plant/plant-actor';
import { latestValues } from '../timeseries/latest-values';
import { mappedSignalIds } from '../integrations/signal-provenance';
import { bestConnectivity, connectivityOf, type Connectivity } from './connectivity';

export interface AssetListStatus {
  health: HealthSnapshot | null;
  connectivity: Connectivity;
}

/**
 * Health and connectivity of one page of assets, read in a fixed number of queries whatever the
 * page holds (the newest snapshots, the assets' signals, their newest samples and mappings):
 * never one per row.
 */
export async function assetListStatus(
  actor: PlantActor,
  assetIds: string[],
  now = new Date(),
): Promise<Map<string, AssetListStatus>> {
  const tenantId = actor.tenantId!;
  const [health, signals] = await Promise.all([
    latestHealth(tenantId, assetIds),
    tenantDb(actor).signal.findMany({
      where: { assetId: { in: assetIds } },
      select: { id: true, assetId: true, sampleIntervalSeconds: true },
    }),
  ]);
  const signalIds = signals.map((s) => s.id);
  const [latest, mapped] = await Promise.all([latestValues(tenantId, signalIds), mappedSignalIds(tenantId, signalIds)]);
  const byAsset = new Map<string, Connectivity[]>();
  for (const s of signals) {
    const list = byAsset.get(s.assetId) ?? [];
    list.push(connectivityOf(latest.get(s.id), s.sampleIntervalSeconds, now, mapped.has(s.id.toLowerCase())));
    byAsset.set(s.assetId, list);
  }
  return new Map(
    assetIds.map((id) => [
      id,
      { health: health.get(id) ?? null, connectivity: bestConnectivity(byAsset.get(id) ?? []) },
    ]),
  );
}
