import 'server-only';
import { z } from 'zod';
import { tenantDb } from '../db/tenant-db';
import { notFound } from '../http/app-error';
import { pageArgs, pageResult, ZPagination } from '../http/pagination';
import { assertCan, assertPathId, type PlantActor } from './plant-actor';
import { escapeLike } from './plant-search';

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
  const q = input.q ? escapeLike(input.q) : undefined;
  const where = q
    ? {
        OR: [
          { code: { contains: q, mode: 'insensitive' as const } },
          { nameAr: { contains: q, mode: 'insensitive' as const } },
          { nameEn: { contains: q, mode: 'insensitive' as const } },
        ],
      }
    : {};
  const tdb = tenantDb(actor);
  const [items, total] = await Promise.all([
    tdb.site.findMany({ where, select: SITE_FIELDS, orderBy: [{ codeKey: 'asc' }, { id: 'asc' }], ...pageArgs(input) }),
    tdb.site.count({ where }),
  ]);
  return pageResult(items, total, input);
}

/** One site; 404 when this tenant has no such site. */
export async function getSite(actor: PlantActor, id: string) {
  assertCan(actor, 'assets.read');
  assertPathId(id);
  const site = await tenantDb(actor).site.findFirst({ where: { id }, select: SITE_FIELDS });
  if (!site) throw notFound();
  return site;
}
