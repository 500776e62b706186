/**
 * The SQL historian connector against a real second PostgreSQL (lib/test/historian-postgres.ts):
 * incremental reads with exact counts, READ ONLY proven by PostgreSQL itself, the statement
 * timeout, the outbound policy, resuming from a saved cursor. The historian restarting mid-stream,
 * through the real ingest pipeline: historian-pipeline.int.test.ts.
 */
import net from 'node:net';
import type { ConnectorProblem, ConnectorSession, ConnectorSink, Reading } from '../connector';
import { connectorFor } from '../registry';
import { startHistorianPostgres, type HistorianPostgres } from '../../test/historian-postgres';
import { ZSqlHistorianConfig, type SqlHistorianConfig } from './config';
import { connectHistorian, inReadOnlyTransaction } from './historian-connection';
import { sqlHistorianConnector } from './sql-historian-connector';

jest.setTimeout(60_000);

let historian: HistorianPostgres;
const T0 = Date.UTC(2026, 10, 1, 0, 0, 0);

beforeAll(async () => {
  process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
  historian = await startHistorianPostgres();
});
afterAll(async () => {
  await historian?.destroy();
  delete process.env.OUTBOUND_ALLOW_LOOPBACK;
});

function configFor(overrides: Partial<SqlHistorianConfig> = {}): SqlHistorianConfig {
  return ZSqlHistorianConfig.parse({
    host: historian.host,
    port: historian.port,
    database: historian.database,
    user: historian.user,
    table: 'readings',
    tagColumn: 'tag',
    timeColumn: 'ts',
    valueColumn: 'value',
    qualityColumn: 'quality',
    pollIntervalSeconds: 1,
    batchSize: 100,
    statementTimeoutMs: 2000,
    ...overrides,
  });
}
const secrets = () => ({ password: historian.password });

/** `count` rows for tags T1..Tn, one per tag per second from `fromSecond`. */
function rows(fromSecond: number, count: number, tags = 3) {
  return Array.from({ length: count }, (_, i) => ({
    ts: new Date(T0 + (fromSecond + Math.floor(i / tags)) * 1000),
    tag: `T${(i % tags) + 1}`,
    value: fromSecond * tags + i,
  }));
}

/** A sink that records what it got; `failNext` makes the next batch reject (our database down). */
function recordingSink() {
  const readings: Reading[] = [];
  const cursors: string[] = [];
  const connection: (ConnectorProblem | null)[] = [];
  const sink = {
    failNext: 0,
    readings,
    cursors,
    connection,
    sink: {
      async readings(batch: Reading[], cursor?: string) {
        if (sink.failNext > 0) {
          sink.failNext--;
          throw new Error('database unavailable');
        }
        readings.push(...batch);
        if (cursor) cursors.push(cursor);
      },
      connection: (problem: ConnectorProblem | null) => connection.push(problem),
      tagStatus: () => {},
    } satisfies ConnectorSink,
  };
  return sink;
}

async function until(condition: () => boolean, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const keyOf = (r: Reading) => `${r.externalTag}@${r.ts.toISOString()}`;

describe('SQL historian connector', () => {
  let session: ConnectorSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    await historian.query('TRUNCATE readings');
  });

  it('is registered for kind sql_historian', () => {
    expect(connectorFor('sql_historian')).toBe(sqlHistorianConnector);
  });

  it('tests the connection with a read of the configured columns, and reports bad columns and passwords', async () => {
    await historian.insertReadings(rows(0, 3));
    await expect(sqlHistorianConnector.test(configFor(), secrets(), { timeoutMs: 5000 })).resolves.toMatchObject({
      ok: true,
      detail: 'read one row',
    });
    await expect(
      sqlHistorianConnector.test(configFor({ valueColumn: 'nope' }), secrets(), { timeoutMs: 5000 }),
    ).resolves.toMatchObject({ ok: false, code: 'query_failed', detail: expect.stringContaining('nope') });
    await expect(
      sqlHistorianConnector.test(configFor(), { password: 'wrong' }, { timeoutMs: 5000 }),
    ).resolves.toMatchObject({ ok: false, code: 'auth_failed' });
  });

  it('refuses the platform database and loopback without the setting (address_refused, never connected)', async () => {
    const platform = new URL(process.env.DATABASE_URL!);
    const own = configFor({ host: platform.hostname, port: Number(platform.port || 5432) });
    await expect(sqlHistorianConnector.test(own, secrets(), { timeoutMs: 5000 })).resolves.toMatchObject({
      ok: false,
      code: 'address_refused',
    });
    delete process.env.OUTBOUND_ALLOW_LOOPBACK;
    try {
      await expect(sqlHistorianConnector.test(configFor(), secrets(), { timeoutMs: 5000 })).resolves.toMatchObject({
        ok: false,
        code: 'address_refused',
      });
    } finally {
      process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
    }
  });

  it('runs every read in a READ ONLY transaction: PostgreSQL refuses a write, even through a view', async () => {
    const client = await connectHistorian(configFor(), secrets(), 5000);
    try {
      await expect(
        inReadOnlyTransaction(client, 2000, (tx) => tx.query(`INSERT INTO readings VALUES (now(), 'X', 1, null)`)),
      ).rejects.toMatchObject({ code: '25006' }); // read_only_sql_transaction
      // Even outside our transactions the session defaults to read only.
      await expect(client.query(`DELETE FROM readings`)).rejects.toMatchObject({ code: '25006' });
    } finally {
      await client.end();
    }
    // A "table" that is really a view calling a function that writes: the connector's own read fails.
    await historian.query(`
      CREATE TABLE side_effects (n int);
      CREATE FUNCTION sneaky_write(v float8) RETURNS float8 LANGUAGE plpgsql AS
        $$ BEGIN INSERT INTO side_effects VALUES (1); RETURN v; END $$;
      CREATE VIEW writing_view AS SELECT ts, tag, sneaky_write(value) AS value, quality FROM readings;`);
    try {
      await historian.insertReadings(rows(0, 3));
      const result = await sqlHistorianConnector.test(configFor({ table: 'writing_view' }), secrets(), {
        timeoutMs: 5000,
      });
      expect(result).toMatchObject({ ok: false, code: 'query_failed', detail: expect.stringMatching(/read-only/) });
      expect(await historian.query('SELECT count(*)::int AS n FROM side_effects')).toEqual([{ n: 0 }]);
    } finally {
      await historian.query('DROP VIEW writing_view; DROP FUNCTION sneaky_write; DROP TABLE side_effects');
    }
  });

  it('applies the statement timeout (a slow source answers timeout, quickly)', async () => {
    await historian.insertReadings(rows(0, 3));
    await historian.query(
      `CREATE VIEW slow_view AS SELECT r.* FROM readings r CROSS JOIN LATERAL (SELECT pg_sleep(5)) s`,
    );
    try {
      const started = Date.now();
      const result = await sqlHistorianConnector.test(
        configFor({ table: 'slow_view', statementTimeoutMs: 300 }),
        secrets(),
        { timeoutMs: 5000 },
      );
      expect(result).toMatchObject({
        ok: false,
        code: 'timeout',
        detail: expect.stringContaining('statement timeout'),
      });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await historian.query('DROP VIEW slow_view');
    }
  });

  it('answers timeout within timeoutMs when the endpoint accepts but never speaks', async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const port = (silent.address() as net.AddressInfo).port;
      const started = Date.now();
      const result = await sqlHistorianConnector.test(configFor({ port }), secrets(), { timeoutMs: 400 });
      expect(result).toMatchObject({ ok: false, code: 'timeout' });
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      silent.close();
    }
  });

  it('browses the distinct tags', async () => {
    await historian.insertReadings(rows(0, 12, 4));
    const tags = await sqlHistorianConnector.browse!(configFor(), secrets(), { timeoutMs: 5000 });
    expect(tags.map((t) => t.externalTag)).toEqual(['T1', 'T2', 'T3', 'T4']);
  });

  it('reads incrementally in batches until caught up, then resumes from the saved cursor without duplicates', async () => {
    await historian.insertReadings([...rows(0, 250), { ts: new Date(T0), tag: 'NULLVALUE', value: null }]);
    const first = recordingSink();
    session = await sqlHistorianConnector.start!(configFor(), secrets(), first.sink, {
      tags: [],
      cursor: null,
      signal: new AbortController().signal,
    });
    await until(() => first.readings.length === 250, '250 readings');
    expect(first.cursors).toHaveLength(3); // 100 + 100 + 51 rows (the NULL value row moves the cursor only)
    expect(first.connection).toEqual([null]);
    await session.close();

    await historian.insertReadings(rows(1000, 120));
    const second = recordingSink();
    second.failNext = 1; // the first batch after the restart is not committed: it must come again
    session = await sqlHistorianConnector.start!(configFor(), secrets(), second.sink, {
      tags: [],
      cursor: first.cursors.at(-1)!,
      signal: new AbortController().signal,
    });
    await until(() => second.readings.length >= 120, '120 new readings');
    await new Promise((r) => setTimeout(r, 1500)); // one more poll: nothing new may arrive
    expect(second.readings).toHaveLength(120);
    const all = [...first.readings, ...second.readings];
    expect(new Set(all.map(keyOf)).size).toBe(370);
    expect(second.readings[0]).toEqual({
      externalTag: 'T1',
      ts: new Date(T0 + 1000 * 1000),
      value: 3000,
      quality: 'good',
    });
  });

  it('keeps microsecond timestamps apart across batch boundaries and maps quality', async () => {
    await historian.query(
      `INSERT INTO readings VALUES
         ('2026-11-01T00:00:00.000001Z', 'A', 1, 'good'), ('2026-11-01T00:00:00.000002Z', 'A', 2, '192'),
         ('2026-11-01T00:00:00.000003Z', 'A', 3, 'Bad'), ('2026-11-01T00:00:00.000004Z', 'A', 4, '100')`,
    );
    const sink = recordingSink();
    session = await sqlHistorianConnector.start!(configFor({ batchSize: 1 }), secrets(), sink.sink, {
      tags: [],
      cursor: null,
      signal: new AbortController().signal,
    });
    await until(() => sink.readings.length === 4, '4 readings');
    expect(sink.readings.map((r) => [r.value, r.quality])).toEqual([
      [1, 'good'],
      [2, 'good'],
      [3, 'bad'],
      [4, 'uncertain'],
    ]);
  });
});
