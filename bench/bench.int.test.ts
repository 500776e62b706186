// Smoke of the benchmarks at tiny sizes: each script runs to the end on a fresh database and prints
// its `name: value` lines. Timing is not asserted here (npm run bench measures).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

jest.setTimeout(120_000);

const run = (script: string, ...args: string[]) =>
  promisify(execFile)(
    path.join(process.cwd(), 'node_modules', '.bin', 'tsx'),
    ['--conditions=react-server', path.join('bench', script), ...args],
    { cwd: process.cwd(), env: process.env, encoding: 'utf8' },
  );

const NUMBER = String.raw`\d+(\.\d+)?`;

describe('benchmarks (smoke)', () => {
  it('the trend query benchmark prints its ratio, p95 and bytes per sample', async () => {
    const { stdout } = await run('trend-query.ts', '3000');
    expect(stdout).toMatch(new RegExp(`^trend_query_ratio: ${NUMBER}$`, 'm'));
    expect(stdout).toMatch(new RegExp(`^trend_query_p95_ms: ${NUMBER}$`, 'm'));
    expect(stdout).toMatch(new RegExp(`^bytes_per_sample: ${NUMBER}$`, 'm'));
    expect(stdout).toMatch(/^# trend query: 3000 samples /m);
  });

  it('the ingest benchmark prints its ratio against binary COPY and its rate', async () => {
    const { stdout } = await run('ingest.ts', '3000');
    expect(stdout).toMatch(new RegExp(`^ingest_ratio: ${NUMBER}$`, 'm'));
    expect(stdout).toMatch(/^ingest_samples_per_s: \d+$/m);
    expect(stdout).toMatch(/^# ingest: 3000 samples /m);
  });

  it('the REST push benchmark prints its ratio against binary COPY and its rate', async () => {
    const { stdout } = await run('rest-push.ts', '3000');
    expect(stdout).toMatch(new RegExp(`^rest_push_ratio: ${NUMBER}$`, 'm'));
    expect(stdout).toMatch(/^rest_push_samples_per_s: \d+$/m);
    expect(stdout).toMatch(/^# rest push: 3000 samples .* in-process;/m);
  });

  it('the MQTT benchmark stores every published point and prints its rates, ratio, CPU and memory', async () => {
    const { stdout } = await run('mqtt.ts', '1', '2000');
    expect(stdout).toMatch(/^mqtt_points_per_s: \d+$/m);
    expect(stdout).toMatch(/^mqtt_burst_points_per_s: \d+$/m);
    expect(stdout).toMatch(new RegExp(`^mqtt_ratio: ${NUMBER}$`, 'm'));
    expect(stdout).toMatch(/^mqtt_consumer_cpu_pct: \d+$/m);
    expect(stdout).toMatch(/^mqtt_consumer_rss_mb: \d+$/m);
    expect(stdout).toMatch(/^mqtt_lost: 0$/m);
    expect(stdout).toMatch(/ 8000 rows in the database$/m);
  });
});
