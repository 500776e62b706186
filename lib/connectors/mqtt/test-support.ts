/**
 * Test helpers for the MQTT connector tests (not used by the product): a sink that stores readings
 * like lib/ingest does (one row per tag and timestamp, the first value stays), and a publisher
 * client. The tests publish through their own client here: the connector itself never publishes.
 */
import { randomBytes } from 'node:crypto';
import mqtt, { type MqttClient } from 'mqtt';
import type { ConnectorProblem, ConnectorSink, Reading } from '../connector';

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

/** A QoS 1 publisher that retries quickly while the broker restarts. */
export function publisher(url: string): Promise<MqttClient> {
  return mqtt.connectAsync(url, {
    clientId: `test-publisher-${randomBytes(4).toString('hex')}`,
    protocolVersion: 5,
    reconnectPeriod: 100,
  });
}

export async function until(condition: () => boolean, timeoutMs = 10_000, what = 'condition') {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
