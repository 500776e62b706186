import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { AppError } from '../http/app-error';
import { assertCan, auditPlant, isForeignKeyViolation, type PlantActor } from './plant-actor';
import { getAsset } from './list-assets';

const hasHistory = () => new AppError('asset_has_history', 409, 'plant.errors.assetHasHistory');

/**
 * Deletes an asset that nothing refers to (a mistake just made). An asset with signals or links is
 * refused with 409 `asset_has_history` (retire it instead: PUT status=retired); one with child
 * assets with 409 `asset_has_children`. 404 for another tenant's asset.
 */
export async function deleteAsset(actor: PlantActor, id: string) {
  assertCan(actor, 'assets.manage');
  const current = await getAsset(actor, id);
  const tdb = tenantDb(actor);
  try {
    await tdb.$transaction(async (tx) => {
      // One connection per transaction: the counts run one after another.
      const signals = await tx.signal.count({ where: { assetId: id } });
      const links = await tx.assetLink.count({ where: { OR: [{ fromAssetId: id }, { toAssetId: id }] } });
      const children = await tx.asset.count({ where: { parentId: id } });
      if (signals + links > 0) throw hasHistory();
      if (children > 0) throw new AppError('asset_has_children', 409, 'plant.errors.assetHasChildren');
      await tx.asset.delete({ where: { tenantId_id: { tenantId: actor.tenantId!, id } } });
    });
  } catch (error) {
    // A signal or link added between the check and the delete: the foreign key refuses it.
    if (isForeignKeyViolation(error)) throw hasHistory();
    throw error;
  }
  await auditPlant(actor, 'asset.delete', { type: 'asset', id }, { before: current });
}
