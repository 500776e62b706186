/**
 * The demo replay's writes: live steps and backfill batches go into signal_samples through
 * lib/ingest (the only writer), marked source `demo`.
 */
import { ingestSamples } from '../ingest/ingest-samples';
import { demoEnv, type DemoEnv } from './demo-env';
import { takeLiveStep } from './system-demo-replay';
import { commitBackfillBatch, takeBackfillBatch } from './system-demo-backfill';

/** One live step at `now`; returns the samples inserted. */
export async function runDemoReplayStep(now = new Date(), settings: DemoEnv = demoEnv()) {
  let inserted = 0;
  for (const { tenantId, samples } of await takeLiveStep(now, settings)) {
    if (samples.length === 0) continue;
    inserted += (await ingestSamples(tenantId, samples, { source: 'demo', now })).inserted;
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
      samples += (await ingestSamples(batch.tenantId, batch.samples, { source: 'demo' })).inserted;
    }
    await commitBackfillBatch(batch);
    batches += 1;
    if (options.untilMs !== undefined && Date.now() >= options.untilMs) return { samples, batches, remaining: true };
  }
}
