import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { latestValues } from '../timeseries/latest-values';
import { readSeries } from '../timeseries/read-series';
import { degradationModelFor } from './degradation-models';
import { HEALTH_OPTIONS } from './health-options';
import type { AssetHealthInput, SignalWindow } from './health-types';

const HOUR = 3_600_000;
/** Points of the trend window: one every 10 minutes over 24 h. */
const TREND_POINTS = 144;

const SIGNAL_SELECT = {
  id: true,
  assetId: true,
  tag: true,
  kind: true,
  criticalLow: true,
  warningLow: true,
  normalLow: true,
  normalHigh: true,
  warningHigh: true,
  criticalHigh: true,
  sampleIntervalSeconds: true,
} as const;

/**
 * Reads what the health model needs for a batch of one tenant's assets: their signals and limits, the
 * newest sample of each (bad-quality samples do not count as data), the trend window as bucket averages
 * and — for asset types with a learned model — the last raw samples, one per cycle.
 */
export async function loadHealthInputs(
  tenantId: string,
  assets: { id: string; type: string; metadata: unknown }[],
  now: Date,
): Promise<AssetHealthInput[]> {
  const signals = await tenantDb({ tenantId }).signal.findMany({
    where: { assetId: { in: assets.map((a) => a.id) } },
    select: SIGNAL_SELECT,
    orderBy: { tagKey: 'asc' },
  });
  const latest = await latestValues(
    tenantId,
    signals.map((s) => s.id),
  );
  const byAsset = new Map<string, SignalWindow[]>();
  for (const signal of signals) {
    const asset = assets.find((a) => a.id === signal.assetId)!;
    const model = degradationModelFor(asset.type);
    const newest = latest.get(signal.id);
    const trend = await readSeries(tenantId, signal.id, {
      from: new Date(now.getTime() - HEALTH_OPTIONS.trendWindowHours * HOUR),
      to: new Date(now.getTime() + 1), // readSeries reads [from, to): include a sample stamped `now`
      targetPoints: TREND_POINTS,
    });
    const window: SignalWindow = {
      id: signal.id,
      tag: signal.tag,
      kind: signal.kind,
      limits: signal,
      sampleIntervalSeconds: signal.sampleIntervalSeconds,
      latest: newest && newest.quality !== 'bad' ? { t: newest.ts, value: newest.value } : null,
      points: trend.points.map((p) => ({ t: p.t, value: p.avg })),
    };
    if (model && newest) window.recentValues = await lastRawValues(tenantId, signal, model.window, newest.ts);
    byAsset.set(signal.assetId, [...(byAsset.get(signal.assetId) ?? []), window]);
  }
  return assets.map((asset) => ({
    assetId: asset.id,
    assetType: asset.type,
    metadata: asset.metadata,
    signals: byAsset.get(asset.id) ?? [],
    now,
  }));
}

/** The last `count` raw samples up to `until` (a range a few intervals wide, read undownsampled). */
async function lastRawValues(
  tenantId: string,
  signal: { id: string; sampleIntervalSeconds: number | null },
  count: number,
  until: Date,
): Promise<number[]> {
  const span = count * 3 * (signal.sampleIntervalSeconds ?? 60) * 1000;
  const { points } = await readSeries(tenantId, signal.id, {
    from: new Date(until.getTime() - span),
    to: new Date(until.getTime() + 1), // [from, to): include the newest sample itself
    targetPoints: count * 10,
  });
  return points.slice(-count).map((p) => p.last);
}
