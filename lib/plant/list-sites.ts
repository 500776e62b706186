import 'server-only';
import { z } from 'zod';
import { tenantDb } from '../db/tenant-db';
import { notFound } from '../http/app-error';
import { ZPagination } from '../http/pagination';
import { assertCan, assertPathId, type PlantActor } from './plant-actor';
import { listPage, searchWhere } from './list-page';

/** What the API shows of a site. */
export const SITE_FIELDS = {
  id: true,
  code: true,
  nameAr: true,
  nameEn: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const ZListSites = ZPagination.extend({ q: z.string().trim().max(200).optional() });
export type ListSites = z.infer<typeof ZListSites>;

/** `{ items, page, pageSize, total, pageCount }`, ordered by code. */
export async function listSites(actor: PlantActor, input: ListSites) {
  assertCan(actor, 'assets.read');
  const where = searchWhere(input.q, ['code', 'nameAr', 'nameEn']);
  const tdb = tenantDb(actor);
  return listPage(
    input,
    (page) => tdb.site.findMany({ where, select: SITE_FIELDS, orderBy: [{ codeKey: 'asc' }, { id: 'asc' }], ...page }),
    () => tdb.site.count({ where }),
  );
}

/** One site; 404 when this tenant has no such site. */
export async function getSite(actor: PlantActor, id: string) {
  assertCan(actor, 'assets.read');
  assertPathId(id);
  const site = await tenantDb(actor).site.findFirst({ where: { id }, select: SITE_FIELDS });
  if (!site) throw notFound();
  return site;
}
