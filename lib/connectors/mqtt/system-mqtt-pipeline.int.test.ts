// MQTT end to end through the product: mosquitto → the worker's supervisor running the MQTT
// connector → ingestReadings → signal_samples. Exact row counts after a broker restart and after
// the worker is killed (SIGKILL) mid-stream and started again: no loss, no duplicates.
// (A system-* file: it counts rows with the raw client.)
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import mqtt, { type MqttClient } from 'mqtt';
import { db } from '../../db/client';
import { createLogger } from '../../log/logger';
import { createTestDatabase } from '../../test/database';
import { startMosquitto, type MosquittoBroker } from '../../test/mosquitto';
import { closeTestDatabase } from '../../test/system-fixtures';
import { addMapping, integrationRow, integrationWorld } from '../../test/system-integration-fixtures';
import { createSupervisor } from '../../../worker/integrations/supervisor';

jest.setTimeout(90_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let broker: MosquittoBroker;
const previousLoopback = process.env.OUTBOUND_ALLOW_LOOPBACK;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
  broker = await startMosquitto({ persistence: true });
});
afterAll(async () => {
  await broker?.stop();
  process.env.OUTBOUND_ALLOW_LOOPBACK = previousLoopback;
  await closeTestDatabase(testDb);
});

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await db().integration.updateMany({ data: { enabled: false } }); // supervisors see every tenant
});

/** An MQTT integration on `prefix/#` with two topics mapped to two signals. */
async function mqttWorld(prefix: string) {
  const w = await integrationWorld({ kind: 'mqtt', units: [null, null] });
  await db().integration.update({
    where: { tenantId_id: { tenantId: w.tenantId, id: w.integrationId } },
    data: {
      config: {
        url: broker.url,
        topics: [`${prefix}/#`],
        payload: { format: 'json', timestampPath: 'ts', timestampUnit: 'ms' },
      },
    },
  });
  await addMapping(w.tenantId, w.integrationId, { externalTag: `${prefix}/a`, signalId: w.signalIds[0]! });
  await addMapping(w.tenantId, w.integrationId, { externalTag: `${prefix}/b`, signalId: w.signalIds[1]! });
  return w;
}

const rows = async (tenantId: string) =>
  Number(
    (
      await db().$queryRaw<
        { n: bigint }[]
      >`SELECT count(*) AS n FROM signal_samples WHERE tenant_id = ${tenantId}::uuid`
    )[0]!.n,
  );

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The test's own QoS 1 publisher (the connector never publishes). */
async function publisher() {
  const client = await mqtt.connectAsync(broker.url, {
    clientId: `test-publisher-${randomBytes(4).toString('hex')}`,
    protocolVersion: 5,
    reconnectPeriod: 100,
  });
  cleanups.push(() => client.endAsync());
  return client;
}

/** Messages first…first+count-1, alternating topics a and b, one second apart, in the past. */
const base = Date.now() - 3_600_000;
function publishRange(client: MqttClient, prefix: string, first: number, count: number) {
  return Promise.all(
    Array.from({ length: count }, (_, k) => {
      const i = first + k;
      const payload = JSON.stringify({ value: i, ts: base + i * 1000 });
      return client.publishAsync(`${prefix}/${i % 2 ? 'b' : 'a'}`, payload, { qos: 1 });
    }),
  );
}

describe('MQTT through the supervisor and the ingest pipeline', () => {
  it('stores every message exactly once when the broker restarts mid-stream', async () => {
    const w = await mqttWorld('restart');
    const supervisor = createSupervisor({
      connectionString: testDb.url,
      log: createLogger({ level: 'silent' }),
      tickMs: 200,
    });
    supervisor.start();
    cleanups.push(() => supervisor.stop());
    await until(
      async () => (await integrationRow(w.tenantId, w.integrationId)).status === 'connected',
      20_000,
      'connected',
    );

    const client = await publisher();
    const first = publishRange(client, 'restart', 0, 600);
    await until(async () => (await rows(w.tenantId)) >= 100, 20_000, 'the first rows');
    await broker.restart();
    await Promise.all([first, publishRange(client, 'restart', 600, 600)]);
    await until(async () => (await rows(w.tenantId)) >= 1_200, 30_000, 'all rows');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await rows(w.tenantId)).toBe(1_200);
    const integration = await integrationRow(w.tenantId, w.integrationId);
    expect(Number(integration.samplesInserted)).toBe(1_200);
    expect(integration.status).toBe('connected');
  });

  it('loses and duplicates nothing when the worker is killed mid-stream and started again', async () => {
    const w = await mqttWorld('kill');
    const worker = () => {
      // the supervisor alone in a process of its own, killed below as a crash would
      const child = spawn(
        process.execPath,
        ['--conditions=react-server', '--import', 'tsx', path.join(process.cwd(), 'lib/test/supervisor-process.ts')],
        { env: process.env, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      cleanups.push(() => stopChild(child));
      return child;
    };
    const firstWorker = worker();
    await until(
      async () => (await integrationRow(w.tenantId, w.integrationId)).status === 'connected',
      30_000,
      'connected',
    );

    const client = await publisher();
    // a steady stream (100 messages every 50 ms) so the kill lands while batches are in flight
    const published = (async () => {
      const sent: Promise<unknown>[] = [];
      for (let first = 0; first < 3_000; first += 100) {
        sent.push(publishRange(client, 'kill', first, 100));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await Promise.all(sent);
    })();
    await until(async () => (await rows(w.tenantId)) >= 300, 30_000, 'the first rows');
    firstWorker.kill('SIGKILL');
    const storedWhenKilled = await rows(w.tenantId);
    await published; // the broker keeps them for the (persistent) session meanwhile
    // started again (here in the test process: a second child would only add its start-up time)
    const supervisor = createSupervisor({
      connectionString: testDb.url,
      log: createLogger({ level: 'silent' }),
      tickMs: 200,
    });
    supervisor.start();
    cleanups.push(() => supervisor.stop());
    await until(async () => (await rows(w.tenantId)) >= 3_000, 60_000, 'all rows');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(storedWhenKilled).toBeLessThan(3_000);
    expect(await rows(w.tenantId)).toBe(3_000);
  });
});

function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}
