/**
 * Retention: `npm run db:detach-samples -- --before 2025-01-01` detaches (CONCURRENTLY) every
 * monthly partition of signal_samples that ends on or before that UTC date, and prints their
 * names. Needs DATABASE_URL. Archive the detached tables (pg_dump -t), then drop them.
 */
import { detachSamplePartitionsBefore } from '../lib/db/sample-partitions';
import { disconnectDb } from '../lib/db/client';

async function main() {
  const at = process.argv.indexOf('--before');
  const value = at >= 0 ? process.argv[at + 1] : undefined;
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new Error('usage: detach-sample-partitions --before YYYY-MM-DD');
  }
  const detached = await detachSamplePartitionsBefore(new Date(`${value}T00:00:00Z`));
  console.log(detached.length ? `detached: ${detached.join(', ')}` : 'nothing to detach');
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
