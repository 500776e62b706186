import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { assertCan, type PlantActor } from './plant-actor';

/** The assets inside `parentId` (at most 100, by tag): `{ id, unitId, tag, nameAr, nameEn, status }[]`. */
export async function listChildAssets(actor: PlantActor, parentId: string) {
  assertCan(actor, 'assets.read');
  return tenantDb(actor).asset.findMany({
    where: { parentId },
    select: { id: true, unitId: true, tag: true, nameAr: true, nameEn: true, status: true },
    orderBy: [{ tagKey: 'asc' }, { id: 'asc' }],
    take: 100,
  });
}
