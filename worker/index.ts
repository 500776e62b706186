/**
 * The background worker: pg-boss on the same PostgreSQL. A heartbeat every 30 s that
 * /internal/config/status reports, the sample-partition, health and demo jobs, and the
 * integration supervisor (worker/integrations) that runs the connectors' sessions.
 * Any number of workers may run; pg-boss hands each job to one of them.
 */
import PgBoss from 'pg-boss';
import { env } from '../lib/env';
import { beat } from '../lib/system/system-heartbeat';
import { disconnectDb } from '../lib/db/client';
import { logger } from '../lib/log/logger';
import { registerSamplePartitionsJob } from './jobs/sample-partitions';
import { registerHealthJob } from './jobs/health';
import { startDemoReplay } from './jobs/demo-replay';
import { createSupervisor } from './integrations/supervisor';

const HEARTBEAT_QUEUE = 'system.heartbeat';
const HEARTBEAT_EVERY_MS = 30_000;

async function main() {
  const { DATABASE_URL } = env();
  const boss = new PgBoss({ connectionString: DATABASE_URL, schema: 'pgboss' });
  const log = logger().child({ scope: 'worker' });
  boss.on('error', (error) => log.error({ err: error }, 'pg-boss error'));
  await boss.start();
  await boss.createQueue(HEARTBEAT_QUEUE);
  await boss.work(HEARTBEAT_QUEUE, async () => {
    await beat(undefined, { pid: process.pid });
  });
  // Cron has minute resolution; a 30 s timer that enqueues is finer and survives restarts the same way.
  const enqueue = () =>
    boss.send(HEARTBEAT_QUEUE, {}, { singletonKey: 'heartbeat', retryLimit: 0 }).catch(() => undefined);
  await enqueue();
  const timer = setInterval(enqueue, HEARTBEAT_EVERY_MS);
  await registerSamplePartitionsJob(boss);
  await registerHealthJob(boss, log);
  await startDemoReplay(boss);
  const supervisor = createSupervisor({ connectionString: DATABASE_URL, log });
  supervisor.start();
  log.info({ queues: [HEARTBEAT_QUEUE] }, 'worker started');

  const stop = async () => {
    clearInterval(timer);
    await supervisor.stop().catch(() => undefined);
    await boss.stop({ graceful: true, timeout: 5000 }).catch(() => undefined);
    await disconnectDb();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  // Configuration errors come before the logger can be built: print them plainly.
  try {
    logger().fatal({ err: error }, 'worker failed to start');
  } catch {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
