/**
 * Job: create the signal_samples partitions of the current and the next few months ahead of time
 * (lib/db/sample-partitions.ts), once when the worker starts and then daily.
 */
import type PgBoss from 'pg-boss';
import { createSamplePartitionsAhead } from '../../lib/db/sample-partitions';
import { logger } from '../../lib/log/logger';

export const SAMPLE_PARTITIONS_QUEUE = 'timeseries.partitions';

export async function registerSamplePartitionsJob(boss: PgBoss) {
  const log = logger().child({ scope: 'worker', job: SAMPLE_PARTITIONS_QUEUE });
  await boss.createQueue(SAMPLE_PARTITIONS_QUEUE);
  await boss.work(SAMPLE_PARTITIONS_QUEUE, async () => {
    const created = await createSamplePartitionsAhead();
    if (created.length > 0) log.info({ created }, 'sample partitions created');
  });
  await boss.schedule(SAMPLE_PARTITIONS_QUEUE, '7 0 * * *'); // daily, 00:07 UTC
  await boss.send(SAMPLE_PARTITIONS_QUEUE, {}, { singletonKey: 'sample-partitions-on-start' });
}
