/**
 * MQTT end-to-end benchmark: a publisher (child process) → mosquitto → the MQTT connector's session
 * (QoS 1, persistent, batches acknowledged after commit) → ingestReadings (mappings, lib/ingest,
 * counters) → signal_samples.
 * Devices publish JSON messages of POINTS values each (ts + value + p1…p9: 10 mapped points).
 *   1. baseline: binary COPY of as many rows as the run will store (then emptied);
 *   2. sustained: `rate` points/s offered for `seconds` (default 15 000/s for 60 s);
 *   3. burst: 3 × rate for seconds / 6, then every point must be stored exactly once.
 * Prints (docs/scaling.md):
 *   mqtt_points_per_s        stored points/s over the sustained phase       goal ≥ 15 000
 *   mqtt_burst_points_per_s  stored points/s from burst start to the last point stored
 *   mqtt_ratio               sustained rate / binary COPY rate of the same rows
 *   mqtt_consumer_cpu_pct    CPU of the consuming process (100 = one core) during the run
 *   mqtt_consumer_rss_mb     its peak resident memory
 *   mqtt_lost                0: every published point is in the database exactly once (unique key)
 *   mqtt_redelivered_skipped points redelivered by the broker that ingest recognised as stored
 * Usage: tsx --conditions=react-server bench/mqtt.ts [seconds=60] [rate=15000]
 */
import { spawn } from 'node:child_process';
import type { Client } from 'pg';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ConnectorSink, Reading } from '../lib/connectors/connector';
import { startMqttSession } from '../lib/connectors/mqtt/mqtt-session';
import { ensureSamplePartitions } from '../lib/db/sample-partitions';
import type { SampleInput } from '../lib/ingest/ingest-samples';
import { ingestReadings } from '../lib/integrations/system-ingest-readings';
import { startMosquitto } from '../lib/test/mosquitto';
import { copyRows } from './ingest';
import { benchWorld, connect, fmt, withBenchDatabase } from './bench-database';

const DEVICES = 100;
const POINTS = 10;

export async function mqttBench(seconds: number, rate: number, log: (line: string) => void = console.log) {
  process.env.OUTBOUND_ALLOW_LOOPBACK = 'true'; // the broker runs on 127.0.0.1
  process.env.AUTH_SECRET ??= 'bench-only-secret-that-signs-nothing-0123456789'; // lib/env validates it (logger)
  return withBenchDatabase(async (url) => {
    const db = await connect(url);
    const broker = await startMosquitto({ maxQueuedMessages: 1_000_000 });
    const abort = new AbortController();
    try {
      const { tenantId, signalIds } = await benchWorld(db, DEVICES * POINTS);
      const signalOf = new Map<string, string>();
      for (let d = 0; d < DEVICES; d++) {
        for (let p = 0; p < POINTS; p++) signalOf.set(tagOf(d, p), signalIds[d * POINTS + p]!);
      }
      const burstSeconds = Math.max(1, Math.round(seconds / 6));
      const sustainedMessages = Math.round((rate / POINTS) * seconds);
      const burstMessages = Math.round(((3 * rate) / POINTS) * burstSeconds);
      const totalPoints = (sustainedMessages + burstMessages) * POINTS;
      const t0 = Date.now() - 3_600_000;
      await ensureSamplePartitions(new Date(t0), new Date());

      // 1. baseline: the same rows through raw binary COPY, generated chunk by chunk (the consumer's
      //    memory below should not include them)
      let t = performance.now();
      for (let from = 0; from < totalPoints / POINTS; from += 1_000) {
        const rows: SampleInput[] = [];
        for (let n = from; n < Math.min(from + 1_000, totalPoints / POINTS); n++) {
          for (let p = 0; p < POINTS; p++) {
            const signalId = signalOf.get(tagOf(n % DEVICES, p))!;
            rows.push({ signalId, ts: new Date(t0 + Math.floor(n / DEVICES)), value: n });
          }
        }
        await copyRows(db, tenantId, rows);
      }
      const copyRate = totalPoints / ((performance.now() - t) / 1000);
      await db.query('TRUNCATE signal_samples, signal_latest, signal_rollups_hourly');

      // the consumer: the connector's session in this process, storing through the product's
      // ingest path (ingestReadings: mappings, lib/ingest, the integration's counters and cursor)
      const integrationId = await mqttIntegration(db, tenantId, signalOf);
      let stored = 0;
      let duplicates = 0;
      const sink: ConnectorSink = {
        async readings(batch: Reading[], cursor?: string) {
          const t1 = performance.now();
          const result = await ingestReadings({ tenantId, integrationId }, batch, { cursor });
          if (process.env.BENCH_DEBUG)
            console.error(`batch ${batch.length} in ${Math.round(performance.now() - t1)} ms`);
          stored += result.inserted;
          duplicates += result.duplicates;
        },
        connection: () => undefined,
        tagStatus: () => undefined,
      };
      const session = await startMqttSession(
        { url: broker.url, topics: ['bench/#'], payload: { format: 'json', timestampPath: 'ts', timestampUnit: 'ms' } },
        {},
        sink,
        { tags: [], cursor: null, signal: abort.signal },
      );
      const usage = sampleUsage();

      // 2. sustained
      t = performance.now();
      const publisher = publish(broker.url, rate / POINTS, seconds, 0, t0);
      await until(() => stored >= sustainedMessages * POINTS, (seconds + 120) * 1000);
      const sustainedSeconds = (performance.now() - t) / 1000;
      await publisher;

      // 3. burst
      t = performance.now();
      const burst = publish(broker.url, (3 * rate) / POINTS, burstSeconds, sustainedMessages, t0);
      await until(() => stored >= totalPoints, (burstSeconds * 3 + 120) * 1000);
      const burstSeconds_ = (performance.now() - t) / 1000;
      await burst;
      await new Promise((resolve) => setTimeout(resolve, 500)); // late redeliveries would show as duplicates
      const { cpuPct, rssMb } = usage.stop();
      await session.close();

      const { rows: counted } = await db.query<{ n: string }>('SELECT count(*) AS n FROM signal_samples');
      const inDatabase = Number(counted[0]!.n);
      const sustainedRate = (sustainedMessages * POINTS) / sustainedSeconds;
      log(
        `# mqtt: ${DEVICES} devices × ${POINTS} points per JSON message, QoS 1; sustained ${rate}/s offered for ` +
          `${seconds} s (${sustainedMessages * POINTS} points), burst ${3 * rate}/s for ${burstSeconds} s ` +
          `(${burstMessages * POINTS} points) drained in ${fmt(burstSeconds_)} s; binary COPY ${Math.round(copyRate)}/s; ` +
          `${inDatabase} rows in the database`,
      );
      log(`mqtt_points_per_s: ${Math.round(sustainedRate)}`);
      log(`mqtt_burst_points_per_s: ${Math.round((burstMessages * POINTS) / burstSeconds_)}`);
      log(`mqtt_ratio: ${fmt(sustainedRate / copyRate)}`);
      log(`mqtt_consumer_cpu_pct: ${Math.round(cpuPct)}`);
      log(`mqtt_consumer_rss_mb: ${Math.round(rssMb)}`);
      log(`mqtt_lost: ${totalPoints - inDatabase}`);
      log(`mqtt_redelivered_skipped: ${duplicates}`);
      if (inDatabase !== totalPoints) throw new Error(`stored ${inDatabase} of ${totalPoints} points`);
      return { rate: sustainedRate, ratio: sustainedRate / copyRate, cpuPct, rssMb };
    } finally {
      abort.abort();
      await broker.stop();
      await db.end();
    }
  });
}

/** An MQTT integration of the tenant with every bench tag mapped to its signal; returns its id. */
async function mqttIntegration(db: Client, tenantId: string, signalOf: Map<string, string>) {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO integrations (tenant_id, id, name, kind, config, enabled, updated_at)
     VALUES ($1, gen_random_uuid(), 'Bench MQTT', 'mqtt', '{}', false, now()) RETURNING id`,
    [tenantId],
  );
  const integrationId = rows[0]!.id;
  await db.query(
    `INSERT INTO external_signal_mappings (tenant_id, id, integration_id, external_tag, signal_id, updated_at)
     SELECT $1, gen_random_uuid(), $2, tag, signal::uuid, now() FROM unnest($3::text[], $4::text[]) AS m(tag, signal)`,
    [tenantId, integrationId, [...signalOf.keys()], [...signalOf.values()]],
  );
  return integrationId;
}

/** `bench/dev<d>` for the value, `bench/dev<d>#p<p>` for the other fields (the connector's tags). */
const tagOf = (device: number, point: number) => (point === 0 ? `bench/dev${device}` : `bench/dev${device}#p${point}`);

function publish(url: string, messagesPerSecond: number, seconds: number, first: number, t0: number) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(__dirname, 'mqtt-publisher.ts'),
      url,
      String(messagesPerSecond),
      String(seconds),
      String(DEVICES),
      String(POINTS),
      String(first),
      String(t0),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`publisher exited with ${code}`))));
  });
}

/** CPU (% of one core, averaged) and peak RSS of this process from now until stop(). */
function sampleUsage() {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let rss = process.memoryUsage().rss;
  const timer = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 250);
  return {
    stop() {
      clearInterval(timer);
      const used = process.cpuUsage(cpu);
      const wallMs = performance.now() - started;
      return { cpuPct: ((used.user + used.system) / 1000 / wallMs) * 100, rssMb: rss / 1024 / 1024 };
    },
  };
}

async function until(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('mqtt bench: the consumer did not catch up in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

if (require.main === module) {
  const [seconds, rate] = process.argv.slice(2);
  mqttBench(Number(seconds ?? 60), Number(rate ?? 15_000)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
