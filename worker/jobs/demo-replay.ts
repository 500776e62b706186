/**
 * The demo plant's simulator (docs/demo-plant.md): every DEMO_REPLAY_INTERVAL_SECONDS one
 * recorded row per stream goes in as live samples stamped now (`demo.replay`), and the history
 * backfill runs in batches until its range is written (`demo.backfill`, re-queued while work is
 * left, so a restart resumes from the stored cursor). Both go through lib/ingest, source `demo`.
 * Does nothing for tenants without the demo plant.
 */
import type PgBoss from 'pg-boss';
import { demoEnv } from '../../lib/demo/demo-env';
import { runDemoBackfill, runDemoReplayStep } from '../../lib/demo/system-demo-ingest';
import { logger } from '../../lib/log/logger';
import { queueHealthNow } from './health';

const REPLAY_QUEUE = 'demo.replay';
const BACKFILL_QUEUE = 'demo.backfill';
/** A backfill job writes for about this long, then queues the next one (keeps jobs short). */
const BACKFILL_SLICE_MS = 20_000;

export async function startDemoReplay(boss: PgBoss) {
  const settings = demoEnv();
  const log = logger().child({ scope: 'worker', job: 'demo' });
  // stately: at most one job waiting and one running per queue, however many workers queue them
  await boss.createQueue(REPLAY_QUEUE, { name: REPLAY_QUEUE, policy: 'stately' });
  await boss.createQueue(BACKFILL_QUEUE, { name: BACKFILL_QUEUE, policy: 'stately' });

  await boss.work(REPLAY_QUEUE, { pollingIntervalSeconds: 0.5 }, async () => {
    await runDemoReplayStep(new Date(), settings);
  });
  await boss.work(BACKFILL_QUEUE, async () => {
    const result = await runDemoBackfill({ untilMs: Date.now() + BACKFILL_SLICE_MS });
    if (result.samples > 0) log.info(result, 'demo history backfilled');
    if (result.remaining) await queueBackfill();
    // The history is complete: health (trends, degradation) can now be judged on it.
    else if (result.samples > 0) await queueHealthNow(boss);
  });

  const queueBackfill = () => boss.send(BACKFILL_QUEUE, {}, { retryLimit: 3, retryDelay: 10 });
  const queueStep = () => boss.send(REPLAY_QUEUE, {}, { retryLimit: 0, expireInSeconds: 60 }).catch(() => undefined);
  await queueBackfill().catch((error) => log.error({ err: error }, 'demo backfill not queued'));
  await queueStep();
  // Cron has minute resolution; a timer that enqueues gives seconds and survives restarts the same way.
  setInterval(queueStep, settings.DEMO_REPLAY_INTERVAL_SECONDS * 1000);
}
