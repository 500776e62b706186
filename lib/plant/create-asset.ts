import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { assertCan, auditPlant, uniqueOr409, type PlantActor } from './plant-actor';
import { uniqueKey } from './plant-text';
import { ASSET_FIELDS, assetView } from './list-assets';
import { assertParentAllowed, assertUnitInTenant } from './asset-references';
import type { CreateAsset } from './asset-schemas';

/**
 * Creates an asset in one of this tenant's units. 400 on `unitId`/`parentId` when they are not
 * this tenant's; 409 `asset_tag_taken` when the tag exists in this tenant (any case).
 */
export async function createAsset(actor: PlantActor, input: CreateAsset) {
  assertCan(actor, 'assets.manage');
  const tdb = tenantDb(actor);
  await assertUnitInTenant(tdb, input.unitId);
  if (input.parentId) await assertParentAllowed(tdb, input.parentId, null);
  const asset = await uniqueOr409(
    () =>
      tdb.asset.create({
        data: {
          ...input,
          tagKey: uniqueKey(input.tag),
          installDate: input.installDate ? new Date(input.installDate) : null,
        } as never,
        select: ASSET_FIELDS,
      }),
    'asset_tag_taken',
    'plant.errors.assetTagTaken',
    'tag',
  );
  await auditPlant(actor, 'asset.create', { type: 'asset', id: asset.id }, { after: input });
  return assetView(asset);
}
