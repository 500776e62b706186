import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { assertCan, auditPlant, referenceNotFound, uniqueOr409, type PlantActor } from './plant-actor';
import { LINK_FIELDS } from './list-asset-links';
import type { CreateAssetLink } from './asset-schemas';

/**
 * Links two of this tenant's assets (process flow from → to). 400 on `fromAssetId`/`toAssetId`
 * when not this tenant's; 409 `asset_link_exists` for the same from, to and medium.
 */
export async function createAssetLink(actor: PlantActor, input: CreateAssetLink) {
  assertCan(actor, 'assets.manage');
  const tdb = tenantDb(actor);
  for (const field of ['fromAssetId', 'toAssetId'] as const) {
    if (!(await tdb.asset.findFirst({ where: { id: input[field] }, select: { id: true } }))) {
      throw referenceNotFound(field);
    }
  }
  const link = await uniqueOr409(
    () => tdb.assetLink.create({ data: input as never, select: LINK_FIELDS }),
    'asset_link_exists',
    'plant.errors.assetLinkExists',
  );
  await auditPlant(actor, 'asset_link.create', { type: 'asset_link', id: link.id }, { after: input });
  return link;
}
