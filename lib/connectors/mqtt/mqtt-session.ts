/**
 * The long-running MQTT subscription of one integration (connector.start).
 *
 * At-least-once without loss: QoS 1 subscriptions in a persistent session (clean: false, a
 * session expiry, a client id stable per integration), so the broker keeps messages while we are
 * away and resends every message we have not acknowledged. Messages are batched (BATCH_SIZE or
 * BATCH_DELAY_MS) and each message's PUBACK is sent only after `sink.readings` resolved for its
 * batch, in arrival order. If the sink fails, nothing of that connection is acknowledged any more:
 * the connection is dropped and the broker redelivers; lib/ingest ignores what it already stored
 * (same signal and timestamp). Reconnects with exponential backoff (RECONNECT_MIN_MS…MAX_MS).
 *
 * Client id: config.clientId, else the one saved in the cursor, else derived from the config; it
 * travels in the cursor ({ clientId, topics }) so it stays the same when the config changes, and
 * filters removed from the config are unsubscribed from the persistent session on the next start.
 */
import { createHash } from 'node:crypto';
import mqtt, { type MqttClient } from 'mqtt';
import { logger } from '../../log/logger';
import type { ConnectorProblem, ConnectorRunOptions, ConnectorSession, ConnectorSink, Reading } from '../connector';
import type { MqttConfig, MqttSecrets } from './config';
import { brokerOptions } from './client-options';
import { deferPubacks } from './deferred-pubacks';
import { mqttProblem } from './mqtt-problem';
import { readingsFromPayload } from './payload';

export const BATCH_SIZE = 5_000;
export const BATCH_DELAY_MS = 100;
/** unacknowledged messages the broker may have in flight towards us (MQTT 5 Receive Maximum) */
const RECEIVE_MAXIMUM = 20_000;
/** the broker keeps the session (subscriptions and queued messages) this long while we are away */
const SESSION_EXPIRY_SECONDS = 7 * 24 * 3600;
const RECONNECT_MIN_MS = 1_000;
const RECONNECT_MAX_MS = 30_000;
const CONNECT_TIMEOUT_MS = 10_000;
const CLOSE_TIMEOUT_MS = 5_000;

interface Batch {
  readings: Reading[];
  messageIds: number[];
  connection: number;
}

interface SessionCursor {
  clientId: string;
  topics: string[];
}

export async function startMqttSession(
  config: MqttConfig,
  secrets: MqttSecrets,
  sink: ConnectorSink,
  options: ConnectorRunOptions & { reconnectMinMs?: number },
): Promise<ConnectorSession> {
  const saved = parseCursor(options.cursor);
  const clientId = config.clientId ?? saved?.clientId ?? derivedClientId(config);
  const cursor = JSON.stringify({ clientId, topics: config.topics } satisfies SessionCursor);
  const staleTopics = (saved?.clientId === clientId ? saved.topics : []).filter((t) => !config.topics.includes(t));
  const log = logger().child({ scope: 'mqtt', clientId });
  const reconnectMinMs = options.reconnectMinMs ?? RECONNECT_MIN_MS;

  let client: MqttClient;
  try {
    client = mqtt.connect({
      ...(await brokerOptions(config, secrets)),
      clientId,
      clean: false,
      properties: { sessionExpiryInterval: SESSION_EXPIRY_SECONDS, receiveMaximum: RECEIVE_MAXIMUM },
      resubscribe: false,
      reconnectPeriod: reconnectMinMs,
      connectTimeout: CONNECT_TIMEOUT_MS,
    });
  } catch (error) {
    // address refused or the name does not resolve: report it; the supervisor retries the start
    const problem = mqttProblem(error);
    sink.connection(problem);
    throw Object.assign(new Error(problem.detail ?? problem.code), { code: problem.code, problem });
  }
  const pubacks = deferPubacks(client);

  let connection = 0; // bumped on every close: acknowledgements of an older connection are dropped
  let reported: 'up' | string | null = null;
  let lastProblem: ConnectorProblem | null = null;
  let closed = false;
  let current: Batch = { readings: [], messageIds: [], connection };
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> = Promise.resolve();
  let flushQueued = false;

  const report = (problem: ConnectorProblem | null) => {
    const key = problem ? problem.code : 'up';
    if (key === reported || closed) return;
    reported = key;
    sink.connection(problem);
  };

  client.on('connect', (connack) => {
    client.options.reconnectPeriod = reconnectMinMs;
    lastProblem = null;
    void subscribe(connack.sessionPresent).then(
      () => report(null),
      (error: unknown) => {
        const problem = mqttProblem(error);
        log.warn({ code: problem.code, detail: problem.detail }, 'mqtt subscribe failed');
        report(problem);
        client.stream?.destroy();
      },
    );
  });
  client.on('reconnect', () => {
    // each failed attempt doubles the wait before the next one
    client.options.reconnectPeriod = Math.min(RECONNECT_MAX_MS, (client.options.reconnectPeriod ?? 0) * 2);
  });
  client.on('error', (error) => {
    lastProblem = mqttProblem(error);
  });
  client.on('close', () => {
    connection++;
    current = { readings: [], messageIds: [], connection }; // the broker resends these
    report(lastProblem ?? { code: 'unreachable', detail: 'connection to the broker lost' });
  });
  client.on('message', (topic, payload, packet) => {
    current.readings.push(...readingsFromPayload(topic, payload, config.payload, new Date()));
    if (packet.qos > 0 && packet.messageId !== undefined) current.messageIds.push(packet.messageId);
    if (current.readings.length >= BATCH_SIZE) flush();
    else timer ??= setTimeout(flush, BATCH_DELAY_MS);
  });

  async function subscribe(sessionPresent: boolean) {
    if (staleTopics.length > 0) await client.unsubscribeAsync(staleTopics.splice(0));
    // rh 1: retained messages only for new subscriptions (a resumed session has seen them)
    const granted = await client.subscribeAsync(config.topics, { qos: 1, rh: 1 });
    for (const grant of granted) {
      if (grant.qos >= 0x80)
        throw Object.assign(new Error(`subscription to ${grant.topic} refused`), { code: grant.qos });
    }
    log.info({ sessionPresent, topics: config.topics.length }, 'mqtt subscribed');
  }

  /**
   * Hands what has arrived to the sink (one batch at a time, in arrival order), then acknowledges
   * it. A flush asked for while one runs takes everything that arrived meanwhile when it starts.
   */
  function flush() {
    if (timer) clearTimeout(timer);
    timer = null;
    if (flushQueued) return flushing;
    flushQueued = true;
    flushing = flushing.then(async () => {
      flushQueued = false;
      const batch = current;
      current = { readings: [], messageIds: [], connection };
      if (batch.connection !== connection) return; // that connection is gone: the broker resends
      try {
        if (batch.readings.length > 0) await sink.readings(batch.readings, cursor);
      } catch (error) {
        log.warn({ err: error, readings: batch.readings.length }, 'mqtt batch not stored; reconnecting for redelivery');
        if (batch.connection === connection) {
          connection++; // later batches of this connection are not acknowledged either
          client.stream?.destroy();
        }
        return;
      }
      if (batch.connection === connection && client.connected) pubacks.acknowledge(batch.messageIds);
    });
    return flushing;
  }

  const onAbort = () => void session.close();
  let closing: Promise<void> | null = null;
  const session: ConnectorSession = {
    /** Stores and acknowledges what has arrived, then disconnects (the broker keeps the session). */
    close() {
      closing ??= (async () => {
        options.signal.removeEventListener('abort', onAbort);
        await flush();
        closed = true;
        // a broker that does not answer must not hold the worker: force after CLOSE_TIMEOUT_MS
        let forced: NodeJS.Timeout | undefined;
        await Promise.race([
          client.endAsync(),
          new Promise<void>((resolve) => {
            forced = setTimeout(() => resolve(void client.end(true)), CLOSE_TIMEOUT_MS);
          }),
        ]);
        clearTimeout(forced);
      })();
      return closing;
    },
  };
  if (options.signal.aborted) await session.close();
  else options.signal.addEventListener('abort', onAbort, { once: true });
  return session;
}

function parseCursor(cursor: string | null): SessionCursor | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(cursor) as Partial<SessionCursor>;
    return typeof value.clientId === 'string' && Array.isArray(value.topics)
      ? { clientId: value.clientId, topics: value.topics.filter((t) => typeof t === 'string') }
      : null;
  } catch {
    return null;
  }
}

/** `optria-<20 hex>` from the broker, user and filters (the first start of an integration). */
function derivedClientId(config: MqttConfig) {
  const basis = JSON.stringify([config.url, config.username ?? '', [...config.topics].sort()]);
  return `optria-${createHash('sha256').update(basis).digest('hex').slice(0, 20)}`;
}
