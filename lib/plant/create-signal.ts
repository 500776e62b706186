import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { assertCan, auditPlant, referenceNotFound, uniqueOr409, type PlantActor } from './plant-actor';
import { uniqueKey } from './plant-text';
import { SIGNAL_FIELDS } from './list-signals';
import type { CreateSignal } from './signal-schemas';

/**
 * Adds a signal to one of this tenant's assets. 400 on `assetId` when not this tenant's; 409
 * `signal_tag_taken` when the external tag exists in this tenant (any case).
 */
export async function createSignal(actor: PlantActor, input: CreateSignal) {
  assertCan(actor, 'signals.manage');
  const tdb = tenantDb(actor);
  if (!(await tdb.asset.findFirst({ where: { id: input.assetId }, select: { id: true } }))) {
    throw referenceNotFound('assetId');
  }
  const signal = await uniqueOr409(
    () => tdb.signal.create({ data: { ...input, tagKey: uniqueKey(input.tag) } as never, select: SIGNAL_FIELDS }),
    'signal_tag_taken',
    'plant.errors.signalTagTaken',
    'tag',
  );
  await auditPlant(actor, 'signal.create', { type: 'signal', id: signal.id }, { after: input });
  return signal;
}
