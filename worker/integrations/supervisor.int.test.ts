// The integration supervisor on real Postgres, driving a small connector defined here (the real
// connectors are tested by their modules): sessions start with the mapped tags, cursor and opened
// secrets; data arrives through ingestReadings; a revision change restarts; start failures back
// off and recover; tag errors and silent tags degrade; disable stops; one session across workers.
import { z } from 'zod';
import { createTestDatabase } from '../../lib/test/database';
import { closeTestDatabase } from '../../lib/test/system-fixtures';
import { createLogger } from '../../lib/log/logger';
import { db } from '../../lib/db/client';
import { seal } from '../../lib/sso/secret-box';
import { latestValues } from '../../lib/timeseries/latest-values';
import { addMapping, bumpRevision, integrationRow, integrationWorld } from '../../lib/test/system-integration-fixtures';
import type { Connector, ConnectorSink, IntegrationKind } from '../../lib/connectors/connector';
import { createSupervisor, type Supervisor } from './supervisor';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

interface TestSession {
  integrationLabel: string;
  secrets: { password?: string };
  tags: string[];
  cursor: string | null;
  sink: ConnectorSink;
  closed: boolean;
}

/** A connector that "connects" at once; `failNext` start attempts throw first. */
const sessions: TestSession[] = [];
let failNext = 0;
let startAttempts = 0;
const testConnector: Connector<{ label: string }, { password?: string }> = {
  kind: 'mqtt',
  configSchema: z.object({ label: z.string() }),
  secretsSchema: z.object({ password: z.string().optional() }),
  test: async () => ({ ok: true, latencyMs: 0 }),
  async start(config, secrets, sink, options) {
    startAttempts++;
    if (failNext > 0) {
      failNext--;
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1883'), { code: 'unreachable' });
    }
    const session: TestSession = {
      integrationLabel: config.label,
      secrets,
      tags: options.tags,
      cursor: options.cursor,
      sink,
      closed: false,
    };
    sessions.push(session);
    sink.connection(null);
    return {
      close: async () => {
        session.closed = true;
      },
    };
  },
};

let offsetMs = 0;
const supervisors: Supervisor[] = [];
function supervisor() {
  const s = createSupervisor({
    connectionString: testDb.url,
    log: createLogger({ level: 'silent' }),
    backoff: { initialMs: 400, maxMs: 1600 }, // 400 ms, then 800 ms
    connectorFor: (kind: IntegrationKind) => (kind === 'mqtt' ? (testConnector as Connector<unknown, unknown>) : null),
    clock: () => new Date(Date.now() + offsetMs),
  });
  supervisors.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((s) => s.stop()));
  // Supervisors see every tenant: the next test starts from no enabled integration.
  await db().integration.updateMany({ data: { enabled: false } });
  sessions.splice(0);
  failNext = 0;
  startAttempts = 0;
  offsetMs = 0;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Polls `read` until it returns `expected` (status writes follow connector events asynchronously). */
async function eventually<T>(read: () => Promise<T> | T, expected: T) {
  let last: T | undefined;
  for (let i = 0; i < 100; i++) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await sleep(50);
  }
  expect(last).toEqual(expected);
}

async function world(label = 'first') {
  const w = await integrationWorld({ units: [null] });
  await db().integration.update({
    where: { tenantId_id: { tenantId: w.tenantId, id: w.integrationId } },
    data: { config: { label }, sealedSecrets: seal(JSON.stringify({ password: 's3cret' }), 'integration-secrets') },
  });
  await addMapping(w.tenantId, w.integrationId, { externalTag: 'plant/t1', signalId: w.signalIds[0]! });
  return w;
}
const status = async (w: { tenantId: string; integrationId: string }) =>
  (await integrationRow(w.tenantId, w.integrationId)).status;

describe('integration supervisor', () => {
  it('starts a session with tags, cursor and opened secrets; data arrives; a revision change restarts it', async () => {
    const w = await world();
    const s = supervisor();
    await s.tick();
    await eventually(() => sessions.length, 1);
    expect(sessions[0]).toMatchObject({
      integrationLabel: 'first',
      secrets: { password: 's3cret' },
      tags: ['plant/t1'],
      cursor: null,
    });
    await eventually(() => status(w), 'connected');

    const ts = new Date(Date.now() - 1000);
    await sessions[0]!.sink.readings([{ externalTag: 'plant/t1', ts, value: 4.2, quality: 'good' }], 'cursor-1');
    expect((await latestValues(w.tenantId, w.signalIds)).get(w.signalIds[0]!)).toMatchObject({
      ts,
      value: 4.2,
      source: 'live',
    });
    expect((await integrationRow(w.tenantId, w.integrationId)).cursor).toBe('cursor-1');

    await db().integration.update({
      where: { tenantId_id: { tenantId: w.tenantId, id: w.integrationId } },
      data: { config: { label: 'second' }, revision: { increment: 1 } },
    });
    await s.tick();
    await eventually(() => sessions.length, 2);
    expect(sessions[0]!.closed).toBe(true);
    expect(sessions[1]).toMatchObject({ integrationLabel: 'second', cursor: 'cursor-1', closed: false });
    // Ticks without a change keep the session.
    await s.tick();
    expect(sessions).toHaveLength(2);
  });

  it('a start failure is an error with backoff, then recovers to connected', async () => {
    const w = await world();
    failNext = 2;
    const s = supervisor();
    await s.tick();
    await eventually(() => status(w), 'error');
    const failed = await integrationRow(w.tenantId, w.integrationId);
    expect(failed).toMatchObject({
      lastErrorCode: 'unreachable',
      lastErrorDetail: 'connect ECONNREFUSED 127.0.0.1:1883',
    });
    expect(failed.lastErrorAt).toBeInstanceOf(Date);

    await s.tick(); // inside the backoff: no new attempt
    expect(startAttempts).toBe(1);
    await sleep(450);
    await s.tick();
    await eventually(() => startAttempts, 2); // fails again: the next wait doubles
    await sleep(400);
    await s.tick();
    expect(startAttempts).toBe(2);
    await sleep(500);
    await s.tick();
    await eventually(() => status(w), 'connected');
    expect(startAttempts).toBe(3);
    expect(sessions).toHaveLength(1);
  });

  it('a tag error degrades the integration until it recovers; so does a mapped tag silent past its window', async () => {
    const w = await world();
    const s = supervisor();
    await s.tick();
    await eventually(() => status(w), 'connected');
    const mapping = () =>
      db().externalSignalMapping.findFirstOrThrow({ where: { tenantId: w.tenantId, integrationId: w.integrationId } });

    sessions[0]!.sink.tagStatus('plant/t1', { code: 'tag_not_found', detail: 'BadNodeIdUnknown' });
    await eventually(() => status(w), 'degraded');
    expect(await mapping()).toMatchObject({ tagState: 'error', tagErrorCode: 'tag_not_found' });
    sessions[0]!.sink.tagStatus('plant/t1', null);
    await eventually(() => status(w), 'connected');
    expect(await mapping()).toMatchObject({ tagState: 'ok', tagErrorCode: null });

    // Ten minutes on without a reading (the window of a signal without interval is 3 minutes).
    offsetMs = 600_000;
    await s.tick();
    await eventually(() => status(w), 'degraded');
    await sessions[0]!.sink.readings([
      { externalTag: 'plant/t1', ts: new Date(Date.now() + offsetMs), value: 1, quality: 'good' },
    ]);
    await s.tick();
    await eventually(() => status(w), 'connected');
  });

  it('disabling stops the session and reads disabled; one session per integration across workers', async () => {
    const w = await world();
    const [a, b] = [supervisor(), supervisor()];
    await a.tick();
    await b.tick();
    await eventually(() => status(w), 'connected');
    await a.tick();
    await b.tick();
    expect(sessions).toHaveLength(1);

    await bumpRevision(w.tenantId, w.integrationId, { enabled: false });
    await a.tick();
    await b.tick();
    await eventually(() => status(w), 'disabled');
    expect(sessions[0]!.closed).toBe(true);
    expect(sessions).toHaveLength(1);
    expect((await integrationRow(w.tenantId, w.integrationId)).statusAt).toBeInstanceOf(Date);
  });
});
