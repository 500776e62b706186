import 'server-only';
import { z } from 'zod';
import { tenantDb } from '../db/tenant-db';
import { ZPagination } from '../http/pagination';
import { listPage } from './list-page';
import { assertCan, type PlantActor } from './plant-actor';

const END = { select: { id: true, tag: true, nameAr: true, nameEn: true } } as const;

/** What the API shows of a link, with the tag and names of both ends. */
export const LINK_FIELDS = {
  id: true,
  fromAssetId: true,
  toAssetId: true,
  medium: true,
  createdAt: true,
  fromAsset: END,
  toAsset: END,
} as const;

export const ZListAssetLinks = ZPagination.extend({
  /** links from or to this asset */
  asset_id: z.uuid().optional(),
  unit_id: z.uuid().optional(),
});
export type ListAssetLinks = z.infer<typeof ZListAssetLinks>;

/** `{ items, page, pageSize, total, pageCount }`; `asset_id`: links touching it; `unit_id`: links leaving its assets. */
export async function listAssetLinks(actor: PlantActor, input: ListAssetLinks) {
  assertCan(actor, 'assets.read');
  const where = {
    ...(input.asset_id ? { OR: [{ fromAssetId: input.asset_id }, { toAssetId: input.asset_id }] } : {}),
    ...(input.unit_id ? { fromAsset: { unitId: input.unit_id } } : {}),
  };
  const tdb = tenantDb(actor);
  return listPage(
    input,
    (page) =>
      tdb.assetLink.findMany({ where, select: LINK_FIELDS, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], ...page }),
    () => tdb.assetLink.count({ where }),
  );
}
