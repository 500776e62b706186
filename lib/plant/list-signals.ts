import 'server-only';
import { z } from 'zod';
import { tenantDb } from '../db/tenant-db';
import { notFound } from '../http/app-error';
import { ZPagination } from '../http/pagination';
import { assertCan, assertPathId, type PlantActor } from './plant-actor';
import { listPage, searchWhere } from './list-page';

/** What the API shows of a signal. */
export const SIGNAL_FIELDS = {
  id: true,
  assetId: true,
  tag: true,
  description: true,
  unit: true,
  kind: true,
  criticalLow: true,
  warningLow: true,
  normalLow: true,
  normalHigh: true,
  warningHigh: true,
  criticalHigh: true,
  sampleIntervalSeconds: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const ZListSignals = ZPagination.extend({
  asset_id: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
});
export type ListSignals = z.infer<typeof ZListSignals>;

/** `{ items, page, pageSize, total, pageCount }`, ordered by tag; `asset_id` filters one asset. */
export async function listSignals(actor: PlantActor, input: ListSignals) {
  assertCan(actor, 'signals.read');
  const where = {
    ...(input.asset_id ? { assetId: input.asset_id } : {}),
    ...searchWhere(input.q, ['tag', 'description']),
  };
  const tdb = tenantDb(actor);
  return listPage(
    input,
    (page) =>
      tdb.signal.findMany({ where, select: SIGNAL_FIELDS, orderBy: [{ tagKey: 'asc' }, { id: 'asc' }], ...page }),
    () => tdb.signal.count({ where }),
  );
}

/** One signal; 404 when this tenant has no such signal. */
export async function getSignal(actor: PlantActor, id: string) {
  assertCan(actor, 'signals.read');
  assertPathId(id);
  const signal = await tenantDb(actor).signal.findFirst({ where: { id }, select: SIGNAL_FIELDS });
  if (!signal) throw notFound();
  return signal;
}
