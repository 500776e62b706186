/**
 * The live side of the demo replay: each step takes, for every demo tenant, the current row of
 * each recorded stream (TEP unit, gas turbines) and the simulated signals' values, all stamped
 * `now`, and moves the streams on. Positions live in demo_replays, so a restarted worker
 * continues where it stopped. A step claims a stream with a conditional update (same position
 * as read), so two workers never both advance it.
 */
import { db } from '../db/client';
import { uniqueKey } from '../plant/plant-text';
import { demoEnv, type DemoEnv } from './demo-env';
import { demoSimulatedSignals } from './demo-plant';
import { demoStreams } from './demo-streams';
import { replaySource } from './replay-sources';
import { rowSamples, simulatedSamples, type DemoSample, type SignalIds } from './demo-samples';

export interface TenantSamples {
  tenantId: string;
  samples: DemoSample[];
}

/** tag key → id of every demo signal of a tenant (TEP, turbines, simulated). */
export async function demoSignalIds(tenantId: string): Promise<SignalIds> {
  const tags = [...demoStreams().flatMap((s) => s.signalTags), ...demoSimulatedSignals().map((s) => s.tag)];
  const rows = await db().signal.findMany({
    where: { tenantId, tagKey: { in: tags.map(uniqueKey) } },
    select: { id: true, tagKey: true },
  });
  return new Map(rows.map((r) => [r.tagKey, r.id]));
}

/**
 * One replay step at `now`: the samples to write per tenant, except `pausedTenantIds` (demo
 * integration disabled). Streams advance here (TEP one row per step; a turbine one cycle once
 * DEMO_CMAPSS_CYCLE_SECONDS have passed since its last one).
 */
export async function takeLiveStep(
  now: Date,
  settings: DemoEnv = demoEnv(),
  pausedTenantIds: string[] = [],
): Promise<TenantSamples[]> {
  const streams = new Map(demoStreams().map((s) => [s.stream, s]));
  const replays = await db().demoReplay.findMany({
    where: { tenantId: { notIn: pausedTenantIds } }, // a paused tenant's streams stay where they are
    orderBy: [{ tenantId: 'asc' }, { stream: 'asc' }],
  });
  const byTenant = new Map<string, typeof replays>();
  for (const r of replays) byTenant.set(r.tenantId, [...(byTenant.get(r.tenantId) ?? []), r]);

  const out: TenantSamples[] = [];
  for (const [tenantId, rows] of byTenant) {
    const ids = await demoSignalIds(tenantId);
    const samples = simulatedSamples(demoSimulatedSignals(), ids, now);
    for (const replay of rows) {
      const stream = streams.get(replay.stream);
      if (!stream) continue;
      const source = replaySource(replay.sourceId);
      const due =
        stream.advance === 'step' ||
        now.getTime() - replay.advancedAt.getTime() >= settings.DEMO_CMAPSS_CYCLE_SECONDS * 1000;
      // step streams write the current row then move on; cycle streams move on, then write
      const next = due ? (replay.position + 1) % source.length : replay.position;
      const written = stream.advance === 'step' ? replay.position : next;
      if (due) {
        const claimed = await db().demoReplay.updateMany({
          where: { tenantId, stream: replay.stream, position: replay.position, sourceId: replay.sourceId },
          data: { position: next, advancedAt: now },
        });
        if (claimed.count === 0) continue; // another worker took this step
      }
      samples.push(...rowSamples(stream.signalTags, source.row(written), ids, now));
    }
    out.push({ tenantId, samples });
  }
  return out;
}

/**
 * Points a stream at another recorded source from its first row (for a later "demo incident":
 * `switchReplaySource(tenantId, 'TEP-100', 'tep:d01_te')`). Throws for an unknown source.
 */
export async function switchReplaySource(tenantId: string, stream: string, sourceId: string, position = 0) {
  replaySource(sourceId);
  await db().demoReplay.update({
    where: { tenantId_stream: { tenantId, stream } },
    data: { sourceId, position, advancedAt: new Date() },
  });
}
