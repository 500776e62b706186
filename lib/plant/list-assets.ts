import 'server-only';
import { z } from 'zod';
import { tenantDb } from '../db/tenant-db';
import { notFound } from '../http/app-error';
import { pageResult, ZPagination } from '../http/pagination';
import { assertCan, assertPathId, type PlantActor } from './plant-actor';
import { listPage, searchWhere } from './list-page';
import { ASSET_CRITICALITIES, ASSET_STATUSES, ASSET_TYPES } from './asset-schemas';

/** What the API shows of an asset, with its unit (for lists that show where it is). */
export const ASSET_FIELDS = {
  id: true,
  unitId: true,
  parentId: true,
  tag: true,
  nameAr: true,
  nameEn: true,
  type: true,
  criticality: true,
  status: true,
  manufacturer: true,
  model: true,
  installDate: true,
  metadata: true,
  createdAt: true,
  updatedAt: true,
  unit: { select: { id: true, siteId: true, code: true, nameAr: true, nameEn: true } },
} as const;

export const ASSET_SORT_KEYS = ['tag', 'nameAr', 'nameEn', 'type', 'criticality', 'status', 'createdAt'] as const;

export const ZListAssets = ZPagination.extend({
  site_id: z.uuid().optional(),
  unit_id: z.uuid().optional(),
  type: z.enum(ASSET_TYPES).optional(),
  criticality: z.enum(ASSET_CRITICALITIES).optional(),
  status: z.enum(ASSET_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(ASSET_SORT_KEYS).default('tag'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type ListAssets = z.infer<typeof ZListAssets>;

type AssetRow = { installDate: Date | null } & Record<string, unknown>;

/** installDate as `YYYY-MM-DD` (a calendar date, no time zone). */
export const assetView = <T extends AssetRow>(row: T) => ({
  ...row,
  installDate: row.installDate ? row.installDate.toISOString().slice(0, 10) : null,
});

/** The sort column (tag sorts by its case-insensitive key), then tag, then id: pages never overlap. */
function orderBy(sort: (typeof ASSET_SORT_KEYS)[number], dir: 'asc' | 'desc') {
  const first = sort === 'tag' ? { tagKey: dir } : { [sort]: dir };
  return [first, ...(sort === 'tag' ? [] : [{ tagKey: 'asc' as const }]), { id: 'asc' as const }];
}

/**
 * `{ items, page, pageSize, total, pageCount }`. Filters: site_id, unit_id, type, criticality,
 * status; `q` searches tag and both names (case-insensitive, wildcards literal).
 */
export async function listAssets(actor: PlantActor, input: ListAssets) {
  assertCan(actor, 'assets.read');
  const where = {
    ...(input.unit_id ? { unitId: input.unit_id } : {}),
    ...(input.site_id ? { unit: { siteId: input.site_id } } : {}),
    ...(input.type ? { type: input.type } : {}),
    ...(input.criticality ? { criticality: input.criticality } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...searchWhere(input.q, ['tag', 'nameAr', 'nameEn']),
  };
  const tdb = tenantDb(actor);
  const page = await listPage(
    input,
    (args) => tdb.asset.findMany({ where, select: ASSET_FIELDS, orderBy: orderBy(input.sort, input.dir), ...args }),
    () => tdb.asset.count({ where }),
  );
  return pageResult(page.items.map(assetView), page.total, input);
}

/** One asset; 404 when this tenant has no such asset. */
export async function getAsset(actor: PlantActor, id: string) {
  assertCan(actor, 'assets.read');
  assertPathId(id);
  const asset = await tenantDb(actor).asset.findFirst({ where: { id }, select: ASSET_FIELDS });
  if (!asset) throw notFound();
  return assetView(asset);
}
