import 'server-only';
import { z } from 'zod';
import { tenantDb } from '../db/tenant-db';
import { AppError } from '../http/app-error';
import { getAsset } from '../plant/list-assets';
import { assertCan, type PlantActor } from '../plant/plant-actor';
import { SNAPSHOT_FIELDS, snapshotFromRow } from './health-rows';
import { latestHealth } from './latest-health';

const DAY = 86_400_000;
/** Rows one history answer holds at most (the newest ones in the range). */
export const HEALTH_HISTORY_LIMIT = 2000;

export const ZAssetHealthQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AssetHealthQuery = z.infer<typeof ZAssetHealthQuery>;

/**
 * `{ latest: HealthSnapshot | null, history: HealthSnapshot[] }` for one asset: the newest snapshot and
 * those computed in [from, to] (default: the last 7 days), oldest first, at most HEALTH_HISTORY_LIMIT.
 * Any role that reads assets may read it; another tenant's or an unknown asset is 404; from after to
 * is 400 `invalid_range`.
 */
export async function getAssetHealth(actor: PlantActor, assetId: string, query: AssetHealthQuery, now = new Date()) {
  assertCan(actor, 'assets.read');
  await getAsset(actor, assetId); // 404 for a foreign or malformed id
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 7 * DAY);
  if (from > to) throw new AppError('invalid_range', 400, 'health.errors.invalidRange');
  const tenantId = actor.tenantId!;
  const [latest, rows] = await Promise.all([
    latestHealth(tenantId, [assetId]),
    tenantDb(actor).assetHealthSnapshot.findMany({
      where: { assetId, computedAt: { gte: from, lte: to } },
      orderBy: { computedAt: 'desc' },
      take: HEALTH_HISTORY_LIMIT,
      select: SNAPSHOT_FIELDS,
    }),
  ]);
  return { latest: latest.get(assetId) ?? null, history: rows.reverse().map(snapshotFromRow) };
}
