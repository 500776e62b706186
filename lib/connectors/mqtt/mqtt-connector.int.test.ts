// The MQTT connector against a real mosquitto broker (lib/test/mosquitto.ts): test, browse, and
// the running session (paths, wildcards, plain numbers, bad payloads, restarts, redelivery).
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import mqtt, { type MqttClient } from 'mqtt';
import { freePort, startMosquitto, type MosquittoBroker } from '../../test/mosquitto';
import type { ConnectorSession } from '../connector';
import { connectorFor } from '../registry';
import type { MqttConfig } from './config';
import { mqttConnector } from './mqtt-connector';
import { startMqttSession } from './mqtt-session';
import { storingSink, until, type StoringSink } from '../../test/storing-sink';

jest.setTimeout(60_000);

let broker: MosquittoBroker;
const previousLoopback = process.env.OUTBOUND_ALLOW_LOOPBACK;

beforeAll(async () => {
  process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
  broker = await startMosquitto({ persistence: true });
});
afterAll(async () => {
  await broker?.stop();
  process.env.OUTBOUND_ALLOW_LOOPBACK = previousLoopback;
});

const jsonConfig = (topics: string[], payload: Partial<MqttConfig['payload']> = {}): MqttConfig => ({
  url: broker.url,
  topics,
  payload: { format: 'json', ...payload },
});

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(config: MqttConfig, sink: StoringSink, cursor: string | null = null) {
  const abort = new AbortController();
  const session: ConnectorSession = await startMqttSession(config, {}, sink, {
    tags: [],
    cursor,
    signal: abort.signal,
    reconnectMinMs: 100,
  });
  cleanups.push(() => session.close());
  await until(() => sink.connections.at(-1) === null, 10_000, 'the session to connect');
  return session;
}

/** The test's own QoS 1 publisher (the connector never publishes), retrying fast while the broker restarts. */
async function connectPublisher(url = broker.url) {
  const client = await mqtt.connectAsync(url, {
    clientId: `test-publisher-${randomBytes(4).toString('hex')}`,
    protocolVersion: 5,
    reconnectPeriod: 100,
  });
  cleanups.push(() => client.endAsync());
  return client;
}

const publishAll = (client: MqttClient, messages: [string, string][]) =>
  Promise.all(messages.map(([topic, payload]) => client.publishAsync(topic, payload, { qos: 1 })));

describe('the MQTT connector', () => {
  it('is registered for kind mqtt and validates with its own schemas', () => {
    expect(connectorFor('mqtt')).toBe(mqttConnector);
    expect(mqttConnector.configSchema.safeParse(jsonConfig(['a/#'])).success).toBe(true);
  });

  describe('test()', () => {
    it('answers ok once the broker accepted the connection', async () => {
      const result = await mqttConnector.test(jsonConfig(['a']), {}, { timeoutMs: 5_000 });
      expect(result).toMatchObject({ ok: true });
    });

    it('answers auth_failed for wrong credentials and ok for the right ones', async () => {
      const secured = await startMosquitto({ users: [{ username: 'reader', password: 'right-password' }] });
      cleanups.push(() => secured.stop());
      const config = { ...jsonConfig(['a']), url: secured.url, username: 'reader' };
      expect(await mqttConnector.test(config, { password: 'wrong' }, { timeoutMs: 5_000 })).toMatchObject({
        ok: false,
        code: 'auth_failed',
      });
      expect(await mqttConnector.test(config, {}, { timeoutMs: 5_000 })).toMatchObject({
        ok: false,
        code: 'auth_failed',
      });
      expect(await mqttConnector.test(config, { password: 'right-password' }, { timeoutMs: 5_000 })).toMatchObject({
        ok: true,
      });
    });

    it('answers unreachable when nothing listens on the port', async () => {
      const config = { ...jsonConfig(['a']), url: `mqtt://127.0.0.1:${await freePort()}` };
      expect(await mqttConnector.test(config, {}, { timeoutMs: 5_000 })).toMatchObject({
        ok: false,
        code: 'unreachable',
      });
    });

    it('answers timeout within its timeout when the port accepts but never answers', async () => {
      const sockets: net.Socket[] = [];
      const blackHole = net.createServer((socket) => void sockets.push(socket));
      await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
      cleanups.push(async () => {
        for (const socket of sockets) socket.destroy();
        await new Promise((resolve) => blackHole.close(resolve));
      });
      const config = { ...jsonConfig(['a']), url: `mqtt://127.0.0.1:${(blackHole.address() as net.AddressInfo).port}` };
      const started = Date.now();
      const result = await mqttConnector.test(config, {}, { timeoutMs: 700 });
      expect(result).toMatchObject({ ok: false, code: 'timeout' });
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(sockets.length).toBe(1);
    });

    it('answers address_refused for loopback when the outbound policy forbids it, without connecting', async () => {
      process.env.OUTBOUND_ALLOW_LOOPBACK = 'false';
      try {
        const result = await mqttConnector.test(jsonConfig(['a']), {}, { timeoutMs: 5_000 });
        expect(result).toMatchObject({ ok: false, code: 'address_refused' });
        await expect(
          startMqttSession(jsonConfig(['a']), {}, storingSink(), {
            tags: [],
            cursor: null,
            signal: new AbortController().signal,
          }),
        ).rejects.toMatchObject({ problem: { code: 'address_refused' } });
      } finally {
        process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
      }
    });
  });

  it('browse() lists the topics and JSON fields seen, with a sample value', async () => {
    const client = await connectPublisher();
    await client.publishAsync('browse/line1/temp', JSON.stringify({ value: 71.5, extra: { rpm: 1450 } }), {
      qos: 1,
      retain: true,
    });
    await client.publishAsync('browse/line2/pressure', '{"value": 3.2}', { qos: 1, retain: true });
    const tags = await mqttConnector.browse!(jsonConfig(['browse/#']), {}, { timeoutMs: 1_500 });
    expect(tags.map((t) => [t.externalTag, t.description])).toEqual([
      ['browse/line1/temp', 'sample: 71.5'],
      ['browse/line1/temp#extra.rpm', 'sample: 1450'],
      ['browse/line2/pressure', 'sample: 3.2'],
    ]);
  });

  describe('start()', () => {
    it('delivers JSON values by value and timestamp paths, through + and # wildcards', async () => {
      const sink = storingSink();
      await start(
        jsonConfig(['plant/+/temp', 'line/#'], { valuePath: 'data.v', timestampPath: 'data.ts', timestampUnit: 'ms' }),
        sink,
      );
      const client = await connectPublisher();
      const ts = Date.UTC(2026, 10, 30, 12, 0, 0);
      await publishAll(client, [
        ['plant/r1/temp', JSON.stringify({ data: { v: 80.5, ts } })],
        ['line/a/b/flow', JSON.stringify({ data: { v: 12, ts: ts + 1000, rpm: 900 } })],
        ['plant/r1/pressure', JSON.stringify({ data: { v: 1, ts } })], // not subscribed
      ]);
      await sink.waitForRows(3);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect([...sink.rows.values()].sort((a, b) => a.externalTag.localeCompare(b.externalTag))).toEqual([
        { externalTag: 'line/a/b/flow', ts: new Date(ts + 1000), value: 12, quality: 'good' },
        { externalTag: 'line/a/b/flow#data.rpm', ts: new Date(ts + 1000), value: 900, quality: 'good' },
        { externalTag: 'plant/r1/temp', ts: new Date(ts), value: 80.5, quality: 'good' },
      ]);
      // the cursor carries the persistent session's client id
      expect(JSON.parse(sink.cursors[0]!)).toMatchObject({ clientId: expect.stringMatching(/^optria-/) });
    });

    it('reads plain numbers stamped at receipt and hands bad payloads on as invalid instead of failing', async () => {
      const sink = storingSink();
      await start({ url: broker.url, topics: ['num/#'], payload: { format: 'number' } }, sink);
      const client = await connectPublisher();
      const before = Date.now();
      await publishAll(client, [
        ['num/a', '21.5'],
        ['num/b', 'not a number'],
        ['num/c', '-3e2'],
      ]);
      await sink.waitForRows(3);
      const byTag = new Map([...sink.rows.values()].map((r) => [r.externalTag, r]));
      expect(byTag.get('num/a')).toMatchObject({ value: 21.5, quality: 'good' });
      expect(byTag.get('num/c')).toMatchObject({ value: -300, quality: 'good' });
      expect(byTag.get('num/b')).toMatchObject({ value: NaN, quality: 'bad' });
      expect(byTag.get('num/a')!.ts.getTime()).toBeGreaterThanOrEqual(before - 5);
    });

    it('stores every message exactly once when the broker restarts mid-stream', async () => {
      const sink = storingSink();
      await start(jsonConfig(['restart/#'], { timestampPath: 'ts' }), sink);
      const client = await connectPublisher();
      const base = Date.UTC(2026, 10, 30);
      const message = (i: number): [string, string] => [
        `restart/s${i % 10}`,
        JSON.stringify({ value: i, ts: base + i * 1000 }),
      ];
      const first = publishAll(
        client,
        Array.from({ length: 1_000 }, (_, i) => message(i)),
      );
      await until(() => sink.rows.size >= 200, 10_000, 'the first rows');
      await broker.restart();
      const second = publishAll(
        client,
        Array.from({ length: 1_000 }, (_, i) => message(1_000 + i)),
      );
      await Promise.all([first, second]);
      await sink.waitForRows(2_000, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sink.rows.size).toBe(2_000);
      // the connection went down and came back, and the sink was told both
      expect(sink.connections.filter((c) => c !== null).length).toBeGreaterThanOrEqual(1);
      expect(sink.connections.at(-1)).toBeNull();
    });

    it('redelivers (never acknowledges) a batch the sink failed to store', async () => {
      const sink = storingSink();
      await start(jsonConfig(['redeliver/#'], { timestampPath: 'ts' }), sink);
      sink.failNext(1);
      const client = await connectPublisher();
      const base = Date.UTC(2026, 10, 30);
      await publishAll(
        client,
        Array.from({ length: 50 }, (_, i): [string, string] => [
          `redeliver/t`,
          JSON.stringify({ value: i, ts: base + i }),
        ]),
      );
      await sink.waitForRows(50);
      expect(sink.rows.size).toBe(50);
    });

    it('keeps the messages published while it was stopped (persistent session, same client id)', async () => {
      const config = jsonConfig(['away/#'], { timestampPath: 'ts' });
      const first = storingSink();
      const session = await start(config, first);
      const client = await connectPublisher();
      await publishAll(client, [['away/x', JSON.stringify({ value: 1, ts: Date.UTC(2026, 10, 30) })]]);
      await first.waitForRows(1);
      await session.close();

      const base = Date.UTC(2026, 10, 30, 1);
      await publishAll(
        client,
        Array.from({ length: 100 }, (_, i): [string, string] => ['away/x', JSON.stringify({ value: i, ts: base + i })]),
      );
      const second = storingSink();
      await start(config, second, first.cursors.at(-1)!);
      await second.waitForRows(100);
      expect(second.rows.size).toBe(100);
    });
  });
});
