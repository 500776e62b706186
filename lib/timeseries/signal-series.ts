/**
 * GET /api/signals/{id}/series: the history of one of the tenant's signals for a chart.
 * `{ bucketSeconds, points: [{ t, min, max, avg, last, count }] }` (bucketSeconds 0: raw samples).
 * 403 without signals.read, 404 for a signal this tenant does not have.
 */
import 'server-only';
import { getSignal } from '../plant/list-signals';
import type { PlantActor } from '../plant/plant-actor';
import { readSeries } from './read-series';
import type { SeriesQuery } from './series-query';

export async function signalSeries(actor: PlantActor, signalId: string, query: SeriesQuery) {
  const signal = await getSignal(actor, signalId);
  return readSeries(actor.tenantId!, signal.id, { from: query.from, to: query.to, targetPoints: query.points });
}
