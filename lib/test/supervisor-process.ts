/**
 * The integration supervisor alone in a process of its own, for tests that kill the worker
 * (SIGKILL) mid-stream and start it again. Reads DATABASE_URL; ticks every 200 ms; logs nothing.
 * Prints `supervisor started` once it runs.
 */
import { createLogger } from '../log/logger';
import { createSupervisor } from '../../worker/integrations/supervisor';

const supervisor = createSupervisor({
  connectionString: process.env.DATABASE_URL!,
  log: createLogger({ level: 'silent' }),
  tickMs: 200,
  backoff: { initialMs: 200, maxMs: 1_000 },
});
supervisor.start();
console.log('supervisor started');
process.once('SIGTERM', () => void supervisor.stop().then(() => process.exit(0)));
