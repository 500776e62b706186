// The OPC UA connector end to end: the supervisor runs it against a real node-opcua server (in this
// process) and stores through ingestReadings into a real Postgres. The fault test: stop the
// server, remove one node, restart → the other tag's samples keep arriving, the removed tag's
// mapping shows the error and the integration is degraded.
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../../lib/test/database';
import { closeTestDatabase } from '../../lib/test/system-fixtures';
import { createLogger } from '../../lib/log/logger';
import { db } from '../../lib/db/client';
import { latestValues } from '../../lib/timeseries/latest-values';
import { addMapping, integrationRow, integrationWorld } from '../../lib/test/system-integration-fixtures';
import { startOpcuaServer, type TestOpcuaServer } from '../../lib/test/opcua-server';
import { createOpcuaConnector } from '../../lib/connectors/opcua/opcua-connector';
import type { Connector, IntegrationKind } from '../../lib/connectors/connector';
import { createSupervisor, type Supervisor } from './supervisor';

jest.setTimeout(90_000);

const FLOW = 'ns=1;s=P101.Flow';
const PRESSURE = 'ns=1;s=R1.Pressure';
const saved = { ...process.env };
let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let server: TestOpcuaServer;
let supervisor: Supervisor | null = null;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
  process.env.OPCUA_PKI_DIR = path.join(os.tmpdir(), 'optria-test-opcua-client-pki');
  server = await startOpcuaServer();
});

afterAll(async () => {
  await supervisor?.stop();
  await server?.stop();
  await closeTestDatabase(testDb);
  process.env = saved;
});

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  let last: T;
  do {
    last = await read();
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < until);
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
}

it('keeps the other tags after a server restart that lost a node; the lost tag is in error, the integration degraded', async () => {
  const w = await integrationWorld({ kind: 'opcua', units: [null, null] });
  const [flowSignal, pressureSignal] = w.signalIds as [string, string];
  await db().integration.update({
    where: { tenantId_id: { tenantId: w.tenantId, id: w.integrationId } },
    data: { config: { endpointUrl: server.endpointUrl, samplingIntervalMs: 50, publishingIntervalMs: 100 } },
  });
  await addMapping(w.tenantId, w.integrationId, { externalTag: FLOW, signalId: flowSignal });
  await addMapping(w.tenantId, w.integrationId, { externalTag: PRESSURE, signalId: pressureSignal });
  const connector = createOpcuaConnector({ initialDelayMs: 100, maxDelayMs: 1000 });
  supervisor = createSupervisor({
    connectionString: testDb.url,
    log: createLogger({ level: 'silent' }),
    tickMs: 250,
    backoff: { initialMs: 200, maxMs: 1000 },
    connectorFor: (kind: IntegrationKind) => (kind === 'opcua' ? (connector as Connector<unknown, unknown>) : null),
  });
  const status = async () => (await integrationRow(w.tenantId, w.integrationId)).status;
  const latest = (signalId: string) => async () => (await latestValues(w.tenantId, [signalId])).get(signalId);
  const mappingOf = (externalTag: string) => () =>
    db().externalSignalMapping.findFirstOrThrow({
      where: { tenantId: w.tenantId, integrationId: w.integrationId, externalTag },
    });

  supervisor.start();
  await eventually(status, (s) => s === 'connected', 'connected');
  server.setValue(FLOW, 40.5);
  server.setValue(PRESSURE, 2750);
  await eventually(latest(flowSignal), (v) => v?.value === 40.5, 'the flow sample');
  expect(await latest(pressureSignal)()).toMatchObject({ value: 2750, quality: 'good', source: 'live' });

  await server.stop();
  await eventually(status, (s) => s === 'error', 'the error status');
  expect(await integrationRow(w.tenantId, w.integrationId)).toMatchObject({ lastErrorCode: 'unreachable' });
  server.removeNode(PRESSURE);
  await server.start();

  await eventually(status, (s) => s === 'degraded', 'the degraded status');
  expect(await mappingOf(PRESSURE)()).toMatchObject({ tagState: 'error', tagErrorCode: 'tag_not_found' });
  expect(await mappingOf(FLOW)()).toMatchObject({ tagState: 'ok', tagErrorCode: null });
  server.setValue(FLOW, 41.75);
  await eventually(latest(flowSignal), (v) => v?.value === 41.75, 'the flow sample after the restart');
  expect(await latest(pressureSignal)()).toMatchObject({ value: 2750 });
  expect(await status()).toBe('degraded'); // never "connected" while a mapped tag cannot be read
});
