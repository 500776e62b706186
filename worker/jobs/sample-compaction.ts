/**
 * Job: compact the samples older than TIMESERIES_COMPACT_AFTER_DAYS into one row per signal and
 * hour (lib/db/sample-compaction.ts), daily. Safe to run beside ingest and beside another run of
 * itself (each transaction holds its tenant's compaction lock), so an expired run is harmless.
 */
import type PgBoss from 'pg-boss';
import { env } from '../../lib/env';
import { compactSamplesBefore } from '../../lib/db/sample-compaction';
import type { Logger } from '../../lib/log/logger';

export const SAMPLE_COMPACTION_QUEUE = 'timeseries.compact';
const DAY_MS = 86_400_000;

/** One compaction of everything older than the configured age before `now`. */
export function compactConfiguredAge(now = new Date(), days = env().TIMESERIES_COMPACT_AFTER_DAYS) {
  return compactSamplesBefore(new Date(now.getTime() - days * DAY_MS));
}

export async function registerSampleCompactionJob(boss: PgBoss, log: Logger) {
  await boss.createQueue(SAMPLE_COMPACTION_QUEUE);
  await boss.work(SAMPLE_COMPACTION_QUEUE, async () => {
    const started = Date.now();
    const result = await compactConfiguredAge();
    log.info({ job: SAMPLE_COMPACTION_QUEUE, ...result, ms: Date.now() - started }, 'samples compacted');
  });
  // Daily, 01:17 UTC; the first run over a long history can take a while.
  await boss.schedule(
    SAMPLE_COMPACTION_QUEUE,
    '17 1 * * *',
    {},
    {
      singletonKey: 'sample-compaction',
      retryLimit: 0,
      expireInSeconds: 6 * 3600,
    },
  );
}
