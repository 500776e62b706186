import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { assertCan, auditPlant, changedFields, pick, uniqueOr409, type PlantActor } from './plant-actor';
import { uniqueKey } from './plant-text';
import { getUnit, UNIT_FIELDS } from './list-units';
import type { UpdateUnit } from './site-schemas';

/** Changes code and/or names; 404 for another tenant's unit, 409 `unit_code_taken`. */
export async function updateUnit(actor: PlantActor, id: string, input: UpdateUnit) {
  assertCan(actor, 'assets.manage');
  const current = await getUnit(actor, id);
  const changes = changedFields(current, input);
  if (Object.keys(changes).length === 0) return current;
  const unit = await uniqueOr409(
    () =>
      tenantDb(actor).unit.update({
        where: { tenantId_id: { tenantId: actor.tenantId!, id } },
        data: { ...changes, ...(changes.code ? { codeKey: uniqueKey(changes.code) } : {}) },
        select: UNIT_FIELDS,
      }),
    'unit_code_taken',
    'plant.errors.unitCodeTaken',
    'code',
  );
  await auditPlant(
    actor,
    'unit.update',
    { type: 'unit', id },
    { before: pick(current, Object.keys(changes)), after: changes },
  );
  return unit;
}
