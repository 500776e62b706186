import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { AppError } from '../http/app-error';
import {
  assertCan,
  auditPlant,
  changedFields,
  pick,
  referenceNotFound,
  uniqueOr409,
  type PlantActor,
} from './plant-actor';
import { uniqueKey } from './plant-text';
import { getSignal, SIGNAL_FIELDS } from './list-signals';
import { LIMIT_FIELDS, limitOrderErrors, type UpdateSignal } from './signal-schemas';

/**
 * Changes any field; null clears a limit. The limits after the change (stored ones merged with the
 * patch) must still be in order, else 400 on the offending fields. 404 for another tenant's signal;
 * 400 on `assetId` when not this tenant's; 409 `signal_tag_taken`.
 */
export async function updateSignal(actor: PlantActor, id: string, input: UpdateSignal) {
  assertCan(actor, 'signals.manage');
  const current = await getSignal(actor, id);
  const changes = changedFields(current as Record<string, unknown>, input) as UpdateSignal;
  if (Object.keys(changes).length === 0) return current;
  const merged = Object.fromEntries(LIMIT_FIELDS.map((f) => [f, f in changes ? changes[f] : current[f]]));
  const outOfOrder = limitOrderErrors(
    merged,
    LIMIT_FIELDS.filter((f) => f in changes),
  );
  if (outOfOrder.length > 0) {
    throw new AppError('validation_failed', 400, 'errors.validation', {
      errors: outOfOrder.map((path) => ({ path, message: 'plant.validation.limitsOrder' })),
    });
  }
  const tdb = tenantDb(actor);
  if (changes.assetId && !(await tdb.asset.findFirst({ where: { id: changes.assetId }, select: { id: true } }))) {
    throw referenceNotFound('assetId');
  }
  const signal = await uniqueOr409(
    () =>
      tdb.signal.update({
        where: { tenantId_id: { tenantId: actor.tenantId!, id } },
        data: { ...changes, ...(changes.tag ? { tagKey: uniqueKey(changes.tag) } : {}) } as never,
        select: SIGNAL_FIELDS,
      }),
    'signal_tag_taken',
    'plant.errors.signalTagTaken',
    'tag',
  );
  await auditPlant(
    actor,
    'signal.update',
    { type: 'signal', id },
    { before: pick(current as Record<string, unknown>, Object.keys(changes)), after: changes },
  );
  return signal;
}
