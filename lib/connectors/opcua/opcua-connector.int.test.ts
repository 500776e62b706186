/**
 * The OPC UA connector against a real node-opcua server in this process (lib/test/opcua-server.ts).
 * No database: the sink is a recorder standing in for the worker's supervisor.
 */
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { ConnectorProblem, ConnectorSink, Reading } from '../connector';
import { connectorFor } from '../registry';
import { startOpcuaServer, TEST_OPCUA_USER, type TestOpcuaServer } from '../../test/opcua-server';
import { ZOpcuaConfig, type OpcuaConfig } from './config';
import { createOpcuaConnector } from './opcua-connector';

const connector = createOpcuaConnector({ initialDelayMs: 100, maxDelayMs: 1000 });
const PUMP_PRESSURE = 'ns=1;s=P101.DischargePressure';
const PUMP_FLOW = 'ns=1;s=P101.Flow';
const REACTOR_TEMPERATURE = 'ns=1;s=R1.Temperature';
const REACTOR_PRESSURE = 'ns=1;s=R1.Pressure';

let server: TestOpcuaServer;
const saved = { ...process.env };

beforeAll(async () => {
  process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
  process.env.OPCUA_PKI_DIR = path.join(os.tmpdir(), 'optria-test-opcua-client-pki');
  server = await startOpcuaServer();
}, 60_000);

afterAll(async () => {
  await server?.stop();
  process.env = saved;
});

const configFor = (overrides: Partial<OpcuaConfig> = {}) =>
  ZOpcuaConfig.parse({
    endpointUrl: server.endpointUrl,
    samplingIntervalMs: 50,
    publishingIntervalMs: 100,
    ...overrides,
  });

class RecordingSink implements ConnectorSink {
  readingsSeen: Reading[] = [];
  connections: (ConnectorProblem | null)[] = [];
  tags = new Map<string, ConnectorProblem | null>();
  async readings(batch: Reading[]) {
    this.readingsSeen.push(...batch);
  }
  connection(problem: ConnectorProblem | null) {
    this.connections.push(problem);
  }
  tagStatus(externalTag: string, problem: ConnectorProblem | null) {
    this.tags.set(externalTag, problem);
  }
  latest(tag: string) {
    return this.readingsSeen.filter((r) => r.externalTag === tag).at(-1);
  }
}

async function waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A loopback port nothing listens on. */
async function closedPort() {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('OPC UA connector: test connection', () => {
  it('is registered for kind opcua', () => {
    expect(connectorFor('opcua')?.kind).toBe('opcua');
  });

  it('connects anonymously and names the server', async () => {
    const result = await connector.test(configFor(), {}, { timeoutMs: 10_000 });
    expect(result).toMatchObject({ ok: true, detail: expect.stringMatching(/\S/) });
  });

  it('signs in with user name and password, and tells a wrong password apart', async () => {
    const config = configFor({ auth: 'username', username: TEST_OPCUA_USER.username });
    expect(await connector.test(config, { password: TEST_OPCUA_USER.password }, { timeoutMs: 10_000 })).toMatchObject({
      ok: true,
    });
    const wrong = await connector.test(config, { password: 'not-the-password' }, { timeoutMs: 10_000 });
    expect(wrong).toMatchObject({ ok: false, code: 'auth_failed' });
    expect(JSON.stringify(wrong)).not.toContain('not-the-password');
  });

  it('opens a signed and encrypted session (Basic256Sha256)', async () => {
    const config = configFor({
      securityMode: 'SignAndEncrypt',
      securityPolicy: 'Basic256Sha256',
      auth: 'username',
      username: TEST_OPCUA_USER.username,
    });
    expect(await connector.test(config, { password: TEST_OPCUA_USER.password }, { timeoutMs: 20_000 })).toMatchObject({
      ok: true,
    });
  }, 30_000);

  it('answers unreachable for a closed port, within the timeout', async () => {
    const started = Date.now();
    const result = await connector.test(
      configFor({ endpointUrl: `opc.tcp://127.0.0.1:${await closedPort()}` }),
      {},
      { timeoutMs: 5000 },
    );
    expect(result).toMatchObject({ ok: false, code: 'unreachable' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers timeout when the endpoint accepts but never speaks OPC UA', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as net.AddressInfo;
      const started = Date.now();
      const result = await connector.test(
        configFor({ endpointUrl: `opc.tcp://127.0.0.1:${port}` }),
        {},
        { timeoutMs: 800 },
      );
      expect(result).toMatchObject({ ok: false, code: 'timeout' });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('never connects to an address the outbound policy refuses', async () => {
    process.env.OUTBOUND_ALLOW_LOOPBACK = 'false';
    try {
      expect(await connector.test(configFor(), {}, { timeoutMs: 5000 })).toMatchObject({
        ok: false,
        code: 'address_refused',
      });
      await expect(connector.browse!(configFor(), {}, { timeoutMs: 5000 })).rejects.toMatchObject({
        problem: { code: 'address_refused' },
      });
    } finally {
      process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
    }
  });
});

describe('OPC UA connector: browse', () => {
  it('lists the variables under Objects with path, data type, unit and description', async () => {
    const tags = await connector.browse!(configFor(), {}, { timeoutMs: 10_000 });
    const plant = tags.filter((t) => t.externalTag.startsWith('ns=1;'));
    expect(plant).toEqual(
      expect.arrayContaining([
        { externalTag: PUMP_PRESSURE, displayName: 'Plant/P101/DischargePressure', dataType: 'Double', unit: 'bar' },
        {
          externalTag: PUMP_FLOW,
          displayName: 'Plant/P101/Flow',
          dataType: 'Double',
          unit: 'm³/h',
          description: 'Pump P-101 flow',
        },
        { externalTag: REACTOR_TEMPERATURE, displayName: 'Plant/R1/Temperature', dataType: 'Double', unit: '°C' },
        { externalTag: REACTOR_PRESSURE, displayName: 'Plant/R1/Pressure', dataType: 'Double', unit: 'kPa' },
      ]),
    );
    expect(plant).toHaveLength(4); // properties (EURange, EngineeringUnits) are not tags
    expect(tags.some((t) => t.externalTag === 'ns=0;i=2258')).toBe(false); // the Server object is skipped
  });
});

describe('OPC UA connector: subscription', () => {
  it('delivers values with their quality and source timestamp, and reports unknown tags', async () => {
    const sink = new RecordingSink();
    const abort = new AbortController();
    const session = await connector.start!(configFor(), {}, sink, {
      tags: [PUMP_PRESSURE, REACTOR_TEMPERATURE, 'ns=1;s=Nope', 'not a node id'],
      cursor: null,
      signal: abort.signal,
    });
    try {
      await waitFor(() => sink.connections.at(-1) === null, 'connected');
      await waitFor(() => sink.latest(PUMP_PRESSURE), 'the initial value');
      expect(sink.tags.get(PUMP_PRESSURE)).toBeNull();
      expect(sink.tags.get('ns=1;s=Nope')).toMatchObject({ code: 'tag_not_found', detail: /BadNodeIdUnknown/ });
      expect(sink.tags.get('not a node id')).toMatchObject({ code: 'tag_not_found' });

      const at = new Date(Date.now() - 60_000);
      server.setValue(PUMP_PRESSURE, 7.25, 'Good', at);
      expect(await waitFor(() => sink.readingsSeen.find((r) => r.value === 7.25), 'the good value')).toEqual({
        externalTag: PUMP_PRESSURE,
        ts: at,
        value: 7.25,
        quality: 'good',
      });
      server.setValue(REACTOR_TEMPERATURE, 131, 'UncertainLastUsableValue');
      server.setValue(PUMP_PRESSURE, 0.5, 'BadSensorFailure');
      expect(await waitFor(() => sink.readingsSeen.find((r) => r.value === 131), 'the uncertain value')).toMatchObject({
        externalTag: REACTOR_TEMPERATURE,
        quality: 'uncertain',
      });
      expect(await waitFor(() => sink.readingsSeen.find((r) => r.value === 0.5), 'the bad value')).toMatchObject({
        externalTag: PUMP_PRESSURE,
        quality: 'bad',
      });
      expect(sink.readingsSeen.some((r) => r.externalTag === 'ns=1;s=Nope')).toBe(false);
    } finally {
      abort.abort();
      await session.close();
    }
  });

  it('offers a batch the sink refused (database down) again', async () => {
    const sink = new RecordingSink();
    let refusals = 0;
    const store = sink.readings.bind(sink);
    sink.readings = async (batch) => {
      if (refusals++ === 0) throw new Error('database unavailable');
      await store(batch);
    };
    const abort = new AbortController();
    const session = await connector.start!(configFor(), {}, sink, {
      tags: [REACTOR_TEMPERATURE],
      cursor: null,
      signal: abort.signal,
    });
    try {
      server.setValue(REACTOR_TEMPERATURE, 118.25);
      await waitFor(() => sink.readingsSeen.find((r) => r.value === 118.25), 'the value after the refusal');
      expect(refusals).toBeGreaterThan(1);
    } finally {
      abort.abort();
      await session.close();
    }
  });

  it('reports an endpoint that is down, and stops trying when closed', async () => {
    const sink = new RecordingSink();
    const abort = new AbortController();
    const session = await connector.start!(
      configFor({ endpointUrl: `opc.tcp://127.0.0.1:${await closedPort()}` }),
      {},
      sink,
      { tags: [PUMP_FLOW], cursor: null, signal: abort.signal },
    );
    await waitFor(() => sink.connections.at(-1)?.code === 'unreachable', 'the unreachable report');
    abort.abort();
    await session.close();
    const reports = sink.connections.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(sink.connections).toHaveLength(reports);
    expect(sink.readingsSeen).toEqual([]);
  });

  // The fault test: stop the server, remove one node, restart.
  it('resumes the other tags after a server restart and reports the removed node as tag_not_found', async () => {
    const sink = new RecordingSink();
    const abort = new AbortController();
    const session = await connector.start!(configFor(), {}, sink, {
      tags: [PUMP_FLOW, REACTOR_PRESSURE],
      cursor: null,
      signal: abort.signal,
    });
    try {
      await waitFor(() => sink.latest(PUMP_FLOW) && sink.latest(REACTOR_PRESSURE), 'both tags');
      await server.stop();
      await waitFor(() => sink.connections.at(-1)?.code === 'unreachable', 'the lost connection');
      server.removeNode(REACTOR_PRESSURE);
      await server.start();
      await waitFor(() => sink.connections.at(-1) === null, 'the reconnect', 30_000);
      expect(sink.tags.get(REACTOR_PRESSURE)).toMatchObject({ code: 'tag_not_found', detail: /BadNodeIdUnknown/ });
      expect(sink.tags.get(PUMP_FLOW)).toBeNull();

      const before = sink.readingsSeen.length;
      server.setValue(PUMP_FLOW, 55.5);
      await waitFor(() => sink.readingsSeen.slice(before).find((r) => r.value === 55.5), 'the resumed tag');
      expect(sink.readingsSeen.slice(before).every((r) => r.externalTag === PUMP_FLOW)).toBe(true);
    } finally {
      abort.abort();
      await session.close();
    }
  }, 60_000);
});
