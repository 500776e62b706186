import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { notFound } from '../http/app-error';
import { assertCan, assertPathId, auditPlant, type PlantActor } from './plant-actor';

/** Removes a link (links carry no history of their own); 404 for another tenant's link. */
export async function deleteAssetLink(actor: PlantActor, id: string) {
  assertCan(actor, 'assets.manage');
  assertPathId(id);
  const tdb = tenantDb(actor);
  const current = await tdb.assetLink.findFirst({
    where: { id },
    select: { fromAssetId: true, toAssetId: true, medium: true },
  });
  if (!current) throw notFound();
  const { count } = await tdb.assetLink.deleteMany({ where: { id } });
  if (count === 0) throw notFound();
  await auditPlant(actor, 'asset_link.delete', { type: 'asset_link', id }, { before: current });
}
