import 'server-only';
import { z } from 'zod';
import { tenantDb } from '../db/tenant-db';
import { notFound } from '../http/app-error';
import { pageArgs, pageResult, ZPagination } from '../http/pagination';
import { assertCan, assertPathId, type PlantActor } from './plant-actor';
import { escapeLike } from './plant-search';

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
  const q = input.q ? escapeLike(input.q) : undefined;
  const where = {
    ...(input.site_id ? { siteId: input.site_id } : {}),
    ...(q
      ? {
          OR: [
            { code: { contains: q, mode: 'insensitive' as const } },
            { nameAr: { contains: q, mode: 'insensitive' as const } },
            { nameEn: { contains: q, mode: 'insensitive' as const } },
          ],
        }
      : {}),
  };
  const tdb = tenantDb(actor);
  const [items, total] = await Promise.all([
    tdb.unit.findMany({ where, select: UNIT_FIELDS, orderBy: [{ codeKey: 'asc' }, { id: 'asc' }], ...pageArgs(input) }),
    tdb.unit.count({ where }),
  ]);
  return pageResult(items, total, input);
}

/** One unit; 404 when this tenant has no such unit. */
export async function getUnit(actor: PlantActor, id: string) {
  assertCan(actor, 'assets.read');
  assertPathId(id);
  const unit = await tenantDb(actor).unit.findFirst({ where: { id }, select: UNIT_FIELDS });
  if (!unit) throw notFound();
  return unit;
}
