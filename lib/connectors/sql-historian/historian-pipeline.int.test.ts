// The SQL historian session feeding the real ingest pipeline (ingestReadings as the sink, the way the
// supervisor wires it): the historian restarts mid-stream and the session is restarted from the
// integration's saved cursor — exact stored counts at the end, no loss, no duplicates.
import type { ConnectorProblem, ConnectorSession, ConnectorSink } from '../connector';
import { createTestDatabase } from '../../test/database';
import { closeTestDatabase } from '../../test/system-fixtures';
import { startHistorianPostgres, type HistorianPostgres } from '../../test/historian-postgres';
import { tenantDb } from '../../db/tenant-db';
import { newAsset, plantWorld } from '../../plant/plant-test-helpers';
import { createSignal } from '../../plant/create-signal';
import { ZCreateSignal } from '../../plant/signal-schemas';
import { ingestReadings } from '../../integrations/system-ingest-readings';
import { ZSqlHistorianConfig } from './config';
import { sqlHistorianConnector } from './sql-historian-connector';

jest.setTimeout(90_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let historian: HistorianPostgres;
beforeAll(async () => {
  process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  historian = await startHistorianPostgres();
});
afterAll(async () => {
  await historian?.destroy();
  await closeTestDatabase(testDb);
  delete process.env.OUTBOUND_ALLOW_LOOPBACK;
});

const TAGS = ['T1', 'T2', 'T3'];
const T0 = Date.now() - 3 * 3600_000;

/** `count` rows over the three tags, one per tag per second from `fromSecond`. */
const rows = (fromSecond: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    ts: new Date(T0 + (fromSecond + Math.floor(i / TAGS.length)) * 1000),
    tag: TAGS[i % TAGS.length]!,
    value: i,
  }));

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('historian restart mid-stream and a session restart from the saved cursor: exact counts', async () => {
  const { tenant, admin, unit } = await plantWorld();
  const asset = await newAsset(admin, unit.id);
  const tdb = tenantDb(admin);
  const integration = await tdb.integration.create({
    data: {
      tenantId: tenant.id,
      name: 'Historian',
      kind: 'sql_historian',
      config: {
        host: historian.host,
        port: historian.port,
        database: 'historian',
        user: 'postgres',
        table: 'readings',
      },
    },
  });
  const signalIds: string[] = [];
  for (const tag of TAGS) {
    const signal = await createSignal(
      admin,
      ZCreateSignal.parse({ assetId: asset.id, tag: `H-${tag}`, kind: 'measurement' }),
    );
    signalIds.push(signal.id);
    await tdb.externalSignalMapping.create({
      data: { tenantId: tenant.id, integrationId: integration.id, externalTag: tag, signalId: signal.id },
    });
  }
  const stored = () => tdb.signalSample.count({ where: { signalId: { in: signalIds } } });
  const ref = { tenantId: tenant.id, integrationId: integration.id };
  const problems: (ConnectorProblem | null)[] = [];
  // The supervisor's sink, minus status bookkeeping: the one ingest path, slowed down a little so
  // the historian restart lands mid-stream.
  const sink: ConnectorSink = {
    async readings(batch, cursor) {
      await new Promise((r) => setTimeout(r, 100));
      await ingestReadings(ref, batch, { cursor });
    },
    connection: (problem) => problems.push(problem),
    tagStatus: () => {},
  };
  const config = ZSqlHistorianConfig.parse({
    host: historian.host,
    port: historian.port,
    database: historian.database,
    user: historian.user,
    table: 'readings',
    tagColumn: 'tag',
    timeColumn: 'ts',
    valueColumn: 'value',
    pollIntervalSeconds: 1,
    batchSize: 100,
  });
  const start = async (): Promise<ConnectorSession> => {
    const { cursor } = await tdb.integration.findFirstOrThrow({
      where: { id: integration.id },
      select: { cursor: true },
    });
    return sqlHistorianConnector.start!(config, { password: historian.password }, sink, {
      tags: TAGS,
      cursor,
      signal: new AbortController().signal,
    });
  };

  await historian.insertReadings(rows(0, 1500));
  let session = await start();
  await until(async () => (await stored()) >= 300, 'the stream to start');
  await historian.restart();
  expect(await stored()).toBeLessThan(1500); // mid-stream
  await historian.insertReadings(rows(1000, 300));
  await until(async () => (await stored()) >= 1800, 'all 1800 samples');
  await session.close();

  // The worker restarts: a new session from the saved cursor reads only what is new.
  await historian.insertReadings(rows(2000, 150));
  session = await start();
  await until(async () => (await stored()) >= 1950, 'the 150 new samples');
  await new Promise((r) => setTimeout(r, 1500)); // one more poll: nothing else arrives
  await session.close();

  expect(await stored()).toBe(1950);
  const counters = await tdb.integration.findFirstOrThrow({
    where: { id: integration.id },
    select: { samplesReceived: true, samplesInserted: true, samplesDuplicate: true, cursor: true },
  });
  expect(counters).toMatchObject({ samplesReceived: 1950n, samplesInserted: 1950n, samplesDuplicate: 0n });
  expect(JSON.parse(counters.cursor!)).toMatchObject({ tag: 'T3' });
  expect(problems.some((p) => p?.code === 'unreachable')).toBe(true);
  expect(problems.at(-1)).toBeNull();
});
