/**
 * `npm run bench [-- trend|ingest|rest [size]]`: the time-series benchmarks on an ephemeral database.
 * Without arguments all run at their issue sizes (trend: 10M samples, ingest: 1M, REST push: 200k). Each prints
 * `name: value` lines measured against a raw baseline in the same run; see docs/scaling.md.
 */
import { trendQueryBench } from './trend-query';
import { ingestBench } from './ingest';
import { restPushBench } from './rest-push';
import { parseSize } from './bench-database';

async function main() {
  const [which, size] = process.argv.slice(2);
  if (which && !['trend', 'ingest', 'rest'].includes(which)) throw new Error('usage: bench [trend|ingest|rest] [size]');
  if (!which || which === 'trend') await trendQueryBench(parseSize(which ? size : undefined, 10_000_000));
  if (!which || which === 'ingest') await ingestBench(parseSize(which ? size : undefined, 1_000_000));
  if (!which || which === 'rest') await restPushBench(parseSize(which ? size : undefined, 200_000));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
