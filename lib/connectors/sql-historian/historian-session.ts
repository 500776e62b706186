/**
 * The running historian session: every `pollIntervalSeconds`, read batches of at most `batchSize`
 * rows after the cursor — each in its own READ ONLY transaction with the statement timeout — and
 * hand them to the sink until caught up (a batch shorter than batchSize). The cursor moves only
 * after the sink resolved (the batch is committed), so a failure anywhere re-reads from the last
 * committed row: no loss, no duplicates. A lost connection is reported (sink.connection) and
 * retried with exponential backoff; a failing sink (our database) is retried the same way.
 */
import type { Client } from 'pg';
import type { ConnectorRunOptions, ConnectorSession, ConnectorSink, Reading } from '../connector';
import type { SqlHistorianConfig, SqlHistorianSecrets } from './config';
import { closeQuietly, connectHistorian, inReadOnlyTransaction } from './historian-connection';
import { decodeCursor, encodeCursor, type HistorianCursor } from './historian-cursor';
import { historianProblem } from './historian-errors';
import { readingQuality } from './historian-quality';
import { batchQuery, type HistorianRow } from './historian-sql';

const BACKOFF_START_MS = 500;
const BACKOFF_MAX_MS = 30_000;
const CONNECT_TIMEOUT_MS = 10_000;

/** The sink refused a batch (our side): retried without blaming the historian's connection. */
class SinkFailed extends Error {}

export function startHistorianSession(
  config: SqlHistorianConfig,
  secrets: SqlHistorianSecrets,
  sink: ConnectorSink,
  options: ConnectorRunOptions,
): ConnectorSession {
  const stop = new AbortController();
  const stopSignal = AbortSignal.any([stop.signal, options.signal]);
  let cursor = decodeCursor(options.cursor);
  let client: Client | null = null;
  let failures = 0;
  let reportedProblem: boolean | null = null; // null: nothing reported yet

  const report = (problem: ReturnType<typeof historianProblem> | null) => {
    if (problem === null && reportedProblem === false) return;
    reportedProblem = problem !== null;
    sink.connection(problem);
  };

  async function readBatch(c: Client, after: HistorianCursor | null): Promise<HistorianRow[]> {
    const sql = batchQuery(config, after !== null);
    const params = after ? [after.time, after.tag, config.batchSize] : [config.batchSize];
    return inReadOnlyTransaction(
      c,
      config.statementTimeoutMs,
      async (tx) => (await tx.query<HistorianRow>(sql, params)).rows,
    );
  }

  /** Reads until caught up; throws on any failure (the cursor stays at the last committed batch). */
  async function drain(c: Client) {
    for (;;) {
      if (stopSignal.aborted) return;
      const rows = await readBatch(c, cursor);
      report(null); // the historian answered: connected
      if (rows.length === 0) return;
      const last = rows[rows.length - 1]!;
      const next = { time: last.cursor_time, tag: last.cursor_tag };
      const readings = rows.flatMap(toReading);
      try {
        await sink.readings(readings, encodeCursor(next));
      } catch (error) {
        throw new SinkFailed(error instanceof Error ? error.message : String(error));
      }
      cursor = next;
      if (rows.length < config.batchSize) return;
    }
  }

  async function loop() {
    while (!stopSignal.aborted) {
      let wait = config.pollIntervalSeconds * 1000;
      try {
        if (!client) {
          const fresh = await connectHistorian(config, secrets, CONNECT_TIMEOUT_MS);
          fresh.on('error', () => client === fresh && dropClient());
          client = fresh;
        }
        await drain(client);
        failures = 0;
      } catch (error) {
        if (stopSignal.aborted) break;
        if (!(error instanceof SinkFailed)) {
          report(historianProblem(error));
          dropClient();
        }
        wait = Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** failures++);
      }
      await sleep(wait, stopSignal);
    }
    dropClient();
  }

  function dropClient() {
    const c = client;
    client = null;
    if (c) void closeQuietly(c, true);
  }

  // Closing interrupts a running query at once (its transaction is rolled back by the server).
  stopSignal.addEventListener('abort', dropClient, { once: true });
  const running = loop();
  return {
    async close() {
      stop.abort();
      await running;
    },
  };
}

function toReading(row: HistorianRow): Reading[] {
  if (row.value === null || !Number.isFinite(row.ms)) return [];
  return [
    { externalTag: row.cursor_tag, ts: new Date(row.ms), value: row.value, quality: readingQuality(row.quality) },
  ];
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
