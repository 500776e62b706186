import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { assertCan, auditPlant, changedFields, pick, uniqueOr409, type PlantActor } from './plant-actor';
import { uniqueKey } from './plant-text';
import { ASSET_FIELDS, assetView, getAsset } from './list-assets';
import { assertParentAllowed, assertUnitInTenant } from './asset-references';
import type { UpdateAsset } from './asset-schemas';

/** The audit action of a change: retiring and reactivating are named, anything else is an update. */
const actionOf = (status: string | undefined) =>
  status === 'retired' ? 'asset.retire' : status === 'active' ? 'asset.reactivate' : 'asset.update';

/**
 * Changes any field; `status: 'retired'` retires the asset (it keeps its signals, links and history).
 * 404 for another tenant's asset; 400 on `unitId`/`parentId` (not this tenant's, or a cycle);
 * 409 `asset_tag_taken`.
 */
export async function updateAsset(actor: PlantActor, id: string, input: UpdateAsset) {
  assertCan(actor, 'assets.manage');
  const current = await getAsset(actor, id);
  const changes = changedFields(current as Record<string, unknown>, input) as UpdateAsset;
  if (Object.keys(changes).length === 0) return current;
  const tdb = tenantDb(actor);
  if (changes.unitId) await assertUnitInTenant(tdb, changes.unitId);
  if (changes.parentId) await assertParentAllowed(tdb, changes.parentId, id);
  const { installDate, ...rest } = changes;
  const asset = await uniqueOr409(
    () =>
      tdb.asset.update({
        where: { tenantId_id: { tenantId: actor.tenantId!, id } },
        data: {
          ...rest,
          ...(changes.tag ? { tagKey: uniqueKey(changes.tag) } : {}),
          ...(installDate !== undefined ? { installDate: installDate ? new Date(installDate) : null } : {}),
        } as never,
        select: ASSET_FIELDS,
      }),
    'asset_tag_taken',
    'plant.errors.assetTagTaken',
    'tag',
  );
  await auditPlant(
    actor,
    actionOf(changes.status),
    { type: 'asset', id },
    { before: pick(current as Record<string, unknown>, Object.keys(changes)), after: changes },
  );
  return assetView(asset);
}
