import 'server-only';
import { tenantDb, type TenantDb } from '../db/tenant-db';
import { AppError } from '../http/app-error';
import { assertCan, auditPlant, isForeignKeyViolation, type PlantActor } from './plant-actor';
import { getAsset } from './list-assets';

const hasHistory = () => new AppError('asset_has_history', 409, 'plant.errors.assetHasHistory');
const hasChildren = () => new AppError('asset_has_children', 409, 'plant.errors.assetHasChildren');

type Counts = Pick<TenantDb, 'signal' | 'assetLink' | 'asset'>;

/** Why the asset cannot be deleted (signals or links: history; then child assets), or null. */
async function blocker(db: Counts, id: string): Promise<AppError | null> {
  // One connection per transaction: the counts run one after another.
  const signals = await db.signal.count({ where: { assetId: id } });
  const links = await db.assetLink.count({ where: { OR: [{ fromAssetId: id }, { toAssetId: id }] } });
  if (signals + links > 0) return hasHistory();
  return (await db.asset.count({ where: { parentId: id } })) > 0 ? hasChildren() : null;
}

/**
 * What would refuse deleting this asset now — `{ code, messageKey }` of the 409 deleteAsset would
 * answer — or null when it can be deleted. Pages use it to offer Delete only where it can succeed.
 */
export async function assetDeleteBlocker(actor: PlantActor, id: string) {
  assertCan(actor, 'assets.read');
  const error = await blocker(tenantDb(actor), id);
  return error ? { code: error.code, messageKey: error.messageKey } : null;
}

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
      const refused = await blocker(tx as unknown as Counts, id);
      if (refused) throw refused;
      await tx.asset.delete({ where: { tenantId_id: { tenantId: actor.tenantId!, id } } });
    });
  } catch (error) {
    // A signal or link added between the check and the delete: the foreign key refuses it.
    if (isForeignKeyViolation(error)) throw hasHistory();
    throw error;
  }
  await auditPlant(actor, 'asset.delete', { type: 'asset', id }, { before: current });
}
