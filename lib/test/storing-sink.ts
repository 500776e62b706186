/**
 * A ConnectorSink for connector tests that need no database: it stores readings the way
 * lib/ingest does (one row per tag and timestamp; the first value stays), records connection
 * reports and cursors, and can fail like a database outage.
 */
import type { ConnectorProblem, ConnectorSink, Reading } from '../connectors/connector';

export interface StoringSink extends ConnectorSink {
  /** stored rows by `tag|ts-ms` */
  rows: Map<string, Reading>;
  /** every reading the sink was handed (redeliveries included) */
  delivered: Reading[];
  connections: (ConnectorProblem | null)[];
  cursors: (string | undefined)[];
  /** the next `count` calls of readings() reject (a database outage) */
  failNext(count: number): void;
  /** resolves once `count` rows are stored (or rejects after timeoutMs) */
  waitForRows(count: number, timeoutMs?: number): Promise<void>;
}

export function storingSink(): StoringSink {
  let failures = 0;
  const sink: StoringSink = {
    rows: new Map(),
    delivered: [],
    connections: [],
    cursors: [],
    failNext: (count) => void (failures += count),
    async readings(batch, cursor) {
      await new Promise((resolve) => setTimeout(resolve, 2)); // a commit takes a moment
      if (failures > 0) {
        failures--;
        throw new Error('database unavailable (test)');
      }
      sink.delivered.push(...batch);
      sink.cursors.push(cursor);
      for (const reading of batch) {
        const key = `${reading.externalTag}|${reading.ts.getTime()}`;
        if (!sink.rows.has(key)) sink.rows.set(key, reading);
      }
    },
    connection: (problem) => void sink.connections.push(problem),
    tagStatus: () => undefined,
    async waitForRows(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (sink.rows.size < count) {
        if (Date.now() > deadline) throw new Error(`only ${sink.rows.size} of ${count} rows within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
  return sink;
}

export async function until(condition: () => boolean, timeoutMs = 10_000, what = 'condition') {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
