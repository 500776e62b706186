/**
 * `npm run bench [-- trend|ingest|rest [size] | mqtt [seconds] [rate]]`: the benchmarks on an ephemeral
 * database. Without arguments all run at their issue sizes (trend: 10M samples, ingest: 1M, REST push: 200k,
 * mqtt: 15 000 points/s for 60 s then a 3× burst). Each prints
 * `name: value` lines measured against a raw baseline in the same run; see docs/scaling.md.
 */
import { trendQueryBench } from './trend-query';
import { ingestBench } from './ingest';
import { restPushBench } from './rest-push';
import { mqttBench } from './mqtt';
import { parseSize } from './bench-database';

async function main() {
  const [which, size, rate] = process.argv.slice(2);
  if (which && !['trend', 'ingest', 'rest', 'mqtt'].includes(which))
    throw new Error('usage: bench [trend|ingest|rest] [size] | bench mqtt [seconds] [rate]');
  if (!which || which === 'trend') await trendQueryBench(parseSize(which ? size : undefined, 10_000_000));
  if (!which || which === 'ingest') await ingestBench(parseSize(which ? size : undefined, 1_000_000));
  if (!which || which === 'rest') await restPushBench(parseSize(which ? size : undefined, 200_000));
  if (!which || which === 'mqtt') await mqttBench(parseSize(which ? size : undefined, 60), parseSize(rate, 15_000));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
