/**
 * The health job: recomputes every active asset's health snapshot (docs/health-model.md) every five
 * minutes. pg-boss's schedule is stored in the database, so any number of workers enqueue it once.
 */
import type PgBoss from 'pg-boss';
import type { Logger } from '../../lib/log/logger';
import { recomputeAllHealth } from '../../lib/health/system-recompute-health';

export const HEALTH_QUEUE = 'health.recompute';
const EVERY_FIVE_MINUTES = '*/5 * * * *';

export async function registerHealthJob(boss: PgBoss, log: Logger): Promise<void> {
  await boss.createQueue(HEALTH_QUEUE);
  await boss.work(HEALTH_QUEUE, async () => {
    const started = Date.now();
    const result = await recomputeAllHealth(new Date());
    log.info({ ...result, ms: Date.now() - started }, 'health recomputed');
  });
  // A run that outlasts the period is not doubled: singleton per key while one is queued or active.
  await boss.schedule(HEALTH_QUEUE, EVERY_FIVE_MINUTES, {}, { singletonKey: 'health', retryLimit: 0 });
  // A fresh start shows health at once instead of "not computed yet" for up to five minutes.
  await queueHealthNow(boss);
}

/** Asks for a recomputation now (after start, after a history backfill); never throws. */
export async function queueHealthNow(boss: PgBoss): Promise<void> {
  await boss.send(HEALTH_QUEUE, {}, { retryLimit: 0 }).catch(() => undefined);
}
