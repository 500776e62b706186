/**
 * The demo replay's writes: live steps and backfill batches go into signal_samples through
 * lib/ingest (the only writer), marked source `demo`, with the tenant's demo integration as
 * provenance (lib/demo/system-demo-integration.ts). A tenant whose demo integration is disabled
 * is paused: no samples, its streams stay where they are, its status reads `disabled`; a running
 * replay reads `connected` and counts its samples like any integration.
 */
import { ingestSamples } from '../ingest/ingest-samples';
import { recordIngestBatch } from '../db/integration-ingest-store';
import { writeIntegrationStatus } from '../integrations/system-load-integrations';
import { demoEnv, type DemoEnv } from './demo-env';
import { takeLiveStep } from './system-demo-replay';
import { commitBackfillBatch, takeBackfillBatch } from './system-demo-backfill';
import { demoIntegrations, ensureDemoIntegration } from './system-demo-integration';

/** One live step at `now`; returns the samples inserted. */
export async function runDemoReplayStep(now = new Date(), settings: DemoEnv = demoEnv()) {
  const integrations = await demoIntegrations();
  const paused = [...integrations].filter(([, i]) => !i.enabled);
  for (const [tenantId, { id }] of paused) {
    await writeIntegrationStatus({ tenantId, integrationId: id }, 'disabled', null, now);
  }
  let inserted = 0;
  const steps = await takeLiveStep(
    now,
    settings,
    paused.map(([tenantId]) => tenantId),
  );
  for (const { tenantId, samples } of steps) {
    if (samples.length === 0) continue;
    const integrationId = integrations.get(tenantId)?.id ?? (await ensureDemoIntegration(tenantId)).id;
    const result = await ingestSamples(tenantId, samples, { source: 'demo', now, integrationId });
    inserted += result.inserted;
    await recordIngestBatch(tenantId, integrationId, {
      received: result.received,
      inserted: result.inserted,
      duplicates: result.duplicates,
      rejectedFuture: result.rejected.future,
      rejectedOld: result.rejected.beforeMinimum,
      rejectedInvalid: result.rejected.invalid + result.rejected.unknownSignal,
      unmapped: 0,
      delivered: result.inserted + result.duplicates > 0,
      mappingIds: [],
      tagsSeen: [],
      cursor: undefined,
      at: now,
    });
    await writeIntegrationStatus({ tenantId, integrationId }, 'connected', null, now);
  }
  return inserted;
}

/**
 * Backfill batches until none is left or `untilMs` (epoch ms) has passed.
 * Returns the samples written and whether work remains.
 */
export async function runDemoBackfill(options: { untilMs?: number; batchSamples?: number } = {}) {
  let samples = 0;
  let batches = 0;
  for (;;) {
    const batch = await takeBackfillBatch(options.batchSamples);
    if (!batch) return { samples, batches, remaining: false };
    if (batch.samples.length > 0) {
      const { id: integrationId } = await ensureDemoIntegration(batch.tenantId);
      samples += (await ingestSamples(batch.tenantId, batch.samples, { source: 'demo', integrationId })).inserted;
    }
    await commitBackfillBatch(batch);
    batches += 1;
    if (options.untilMs !== undefined && Date.now() >= options.untilMs) return { samples, batches, remaining: true };
  }
}
