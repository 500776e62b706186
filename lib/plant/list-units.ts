import 'server-only';
import { z } from 'zod';
import { tenantDb } from '../db/tenant-db';
import { notFound } from '../http/app-error';
import { ZPagination } from '../http/pagination';
import { assertCan, assertPathId, type PlantActor } from './plant-actor';
import { listPage, searchWhere } from './list-page';

/** What the API shows of a unit (an ISA-95 area). */
export const UNIT_FIELDS = {
  id: true,
  siteId: true,
  code: true,
  nameAr: true,
  nameEn: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const ZListUnits = ZPagination.extend({
  site_id: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
});
export type ListUnits = z.infer<typeof ZListUnits>;

/** `{ items, page, pageSize, total, pageCount }`, ordered by code; `site_id` filters one site. */
export async function listUnits(actor: PlantActor, input: ListUnits) {
  assertCan(actor, 'assets.read');
  const where = {
    ...(input.site_id ? { siteId: input.site_id } : {}),
    ...searchWhere(input.q, ['code', 'nameAr', 'nameEn']),
  };
  const tdb = tenantDb(actor);
  return listPage(
    input,
    (page) => tdb.unit.findMany({ where, select: UNIT_FIELDS, orderBy: [{ codeKey: 'asc' }, { id: 'asc' }], ...page }),
    () => tdb.unit.count({ where }),
  );
}

/** One unit; 404 when this tenant has no such unit. */
export async function getUnit(actor: PlantActor, id: string) {
  assertCan(actor, 'assets.read');
  assertPathId(id);
  const unit = await tenantDb(actor).unit.findFirst({ where: { id }, select: UNIT_FIELDS });
  if (!unit) throw notFound();
  return unit;
}
