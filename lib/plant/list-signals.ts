import 'server-only';
import { z } from 'zod';
import { tenantDb } from '../db/tenant-db';
import { notFound } from '../http/app-error';
import { pageArgs, pageResult, ZPagination } from '../http/pagination';
import { assertCan, assertPathId, type PlantActor } from './plant-actor';
import { escapeLike } from './plant-search';

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
  const q = input.q ? escapeLike(input.q) : undefined;
  const where = {
    ...(input.asset_id ? { assetId: input.asset_id } : {}),
    ...(q
      ? {
          OR: [
            { tag: { contains: q, mode: 'insensitive' as const } },
            { description: { contains: q, mode: 'insensitive' as const } },
          ],
        }
      : {}),
  };
  const tdb = tenantDb(actor);
  const [items, total] = await Promise.all([
    tdb.signal.findMany({
      where,
      select: SIGNAL_FIELDS,
      orderBy: [{ tagKey: 'asc' }, { id: 'asc' }],
      ...pageArgs(input),
    }),
    tdb.signal.count({ where }),
  ]);
  return pageResult(items, total, input);
}

/** One signal; 404 when this tenant has no such signal. */
export async function getSignal(actor: PlantActor, id: string) {
  assertCan(actor, 'signals.read');
  assertPathId(id);
  const signal = await tenantDb(actor).signal.findFirst({ where: { id }, select: SIGNAL_FIELDS });
  if (!signal) throw notFound();
  return signal;
}
