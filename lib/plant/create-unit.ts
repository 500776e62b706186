import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { assertCan, auditPlant, referenceNotFound, uniqueOr409, type PlantActor } from './plant-actor';
import { uniqueKey } from './plant-text';
import { UNIT_FIELDS } from './list-units';
import type { CreateUnit } from './site-schemas';

/**
 * Creates a unit in one of this tenant's sites; 400 on `siteId` when the site is not this tenant's,
 * 409 `unit_code_taken` when the code exists in this tenant (any case).
 */
export async function createUnit(actor: PlantActor, input: CreateUnit) {
  assertCan(actor, 'assets.manage');
  const tdb = tenantDb(actor);
  if (!(await tdb.site.findFirst({ where: { id: input.siteId }, select: { id: true } }))) {
    throw referenceNotFound('siteId');
  }
  const unit = await uniqueOr409(
    () => tdb.unit.create({ data: { ...input, codeKey: uniqueKey(input.code) } as never, select: UNIT_FIELDS }),
    'unit_code_taken',
    'plant.errors.unitCodeTaken',
    'code',
  );
  await auditPlant(actor, 'unit.create', { type: 'unit', id: unit.id }, { after: input });
  return unit;
}
