/**
 * A running OPC UA connection (Connector.start): one client session, one subscription with the
 * configured sampling/publishing intervals, one monitored item per mapped NodeId. Data changes go
 * to `sink.readings` in batches (one per publish response). When the connection is lost the whole
 * session is rebuilt — connect (node-opcua's connectionStrategy retries with backoff), new
 * session, new subscription, every monitored item created again — so an item that can no longer
 * be created (the node was removed: BadNodeIdUnknown) is reported as `tag_not_found` while the
 * others resume. Only reads: subscriptions and monitored items, nothing else.
 */
import type { EventEmitter } from 'node:events';
import {
  AttributeIds,
  StatusCodes,
  TimestampsToReturn,
  coerceNodeId,
  type ClientMonitoredItemBase,
  type ClientSubscription,
  type DataValue,
} from 'node-opcua-client';
import type { ConnectorProblem, ConnectorRunOptions, ConnectorSession, ConnectorSink, Reading } from '../connector';
import { logger } from '../../log/logger';
import type { OpcuaConfig, OpcuaSecrets } from './config';
import { createOpcuaClient, userIdentity, type OpcuaClientHandle } from './opcua-client';
import { resolveEndpoint } from './opcua-endpoint';
import { opcuaProblem } from './opcua-problem';
import { readingOf } from './opcua-reading';
import { DEFAULT_RECONNECT, type OpcuaReconnectTuning } from './reconnect-tuning';

/** Monitored items per CreateMonitoredItems request. */
const ITEMS_PER_CALL = 500;
/** Most readings handed to the sink in one batch, and most held while the sink is failing. */
const BATCH_MAX = 5000;
const BUFFER_MAX = 100_000;
/** Wait before handing a batch the sink refused to it again. */
const SINK_RETRY_MS = 1000;

type CycleEnd = 'lost' | 'failed' | 'closed';

export function startOpcuaSession(
  config: OpcuaConfig,
  secrets: OpcuaSecrets,
  sink: ConnectorSink,
  options: ConnectorRunOptions,
  tuning: OpcuaReconnectTuning = DEFAULT_RECONNECT,
): ConnectorSession {
  const log = logger().child({ scope: 'opcua', endpoint: config.endpointUrl });
  const tags = [...new Set(options.tags)];
  const batcher = new ReadingBatcher(sink, log);
  let closed = false;
  let current: OpcuaClientHandle | null = null;
  let loss: LossWatch | null = null;
  let wake: (() => void) | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  /** Connects and runs until the connection is lost; resolves how it ended. */
  const cycle = async (): Promise<CycleEnd> => {
    let endpoint: string;
    try {
      endpoint = await resolveEndpoint(config.endpointUrl);
    } catch (error) {
      sink.connection(opcuaProblem(error));
      return 'failed';
    }
    if (closed) return 'closed';
    const handle = createOpcuaClient(config, {
      maxRetry: 2,
      initialDelay: tuning.initialDelayMs,
      maxDelay: tuning.maxDelayMs,
      randomisationFactor: 0.2,
    });
    current = handle;
    const { client } = handle;
    let reportedDown = false;
    // node-opcua retries the first connect with backoff: say so at the first retry.
    client.on('backoff', (retry: number) => {
      if (retry === 0 && !reportedDown) {
        reportedDown = true;
        sink.connection({ code: 'unreachable', detail: `cannot connect to ${endpoint}, retrying` });
      }
    });
    try {
      await client.connect(endpoint);
      if (closed) return 'closed';
      const session = await client.createSession(userIdentity(config, secrets));
      if (closed) return 'closed';
      const lost = (loss = new LossWatch());
      lost.watch(client, 'connection_lost', 'connection lost');
      lost.watch(session, 'session_closed', 'session closed by the server');
      lost.watch(session, 'keepalive_failure', 'session keep-alive failed');
      const subscription = await session.createSubscription2({
        requestedPublishingInterval: config.publishingIntervalMs,
        requestedLifetimeCount: 60,
        requestedMaxKeepAliveCount: 10,
        maxNotificationsPerPublish: 0,
        publishingEnabled: true,
        priority: 10,
      });
      lost.watch(subscription, 'terminated', 'subscription terminated by the server');
      await monitorTags(subscription);
      if (closed) return 'closed';
      sink.connection(null);
      log.info({ tags: tags.length }, 'OPC UA subscription running');
      const reason = await lost.reason;
      if (closed) return 'closed';
      log.warn({ reason }, 'OPC UA connection lost');
      sink.connection({ code: 'unreachable', detail: reason });
      return 'lost';
    } catch (error) {
      if (closed) return 'closed';
      const problem = opcuaProblem(error);
      log.warn({ code: problem.code, detail: problem.detail }, 'OPC UA connection failed');
      sink.connection(problem);
      return 'failed';
    } finally {
      current = null;
      loss = null;
      await handle.dispose();
    }
  };

  /** Creates the monitored items and reports each tag's state (created, or why not). */
  const monitorTags = async (subscription: ClientSubscription) => {
    const valid: { tag: string; nodeId: ReturnType<typeof coerceNodeId> }[] = [];
    for (const tag of tags) {
      try {
        valid.push({ tag, nodeId: coerceNodeId(tag) });
      } catch {
        sink.tagStatus(tag, { code: 'tag_not_found', detail: `not a NodeId: ${tag}` });
      }
    }
    for (let i = 0; i < valid.length; i += ITEMS_PER_CALL) {
      const chunk = valid.slice(i, i + ITEMS_PER_CALL);
      const group = await subscription.monitorItems(
        chunk.map((c) => ({ nodeId: c.nodeId, attributeId: AttributeIds.Value })),
        { samplingInterval: config.samplingIntervalMs, queueSize: 10, discardOldest: true },
        TimestampsToReturn.Both,
      );
      group.on('changed', (_item: ClientMonitoredItemBase, dataValue: DataValue, index: number) => {
        const reading = readingOf(chunk[index]!.tag, dataValue, new Date());
        if (reading) batcher.add(reading);
      });
      group.monitoredItems.forEach((item, k) => sink.tagStatus(chunk[k]!.tag, itemProblem(item)));
    }
  };

  const run = async () => {
    let failures = 0;
    while (!closed && !options.signal.aborted) {
      const end = await cycle();
      if (end === 'closed' || closed) break;
      failures = end === 'failed' ? failures + 1 : 0;
      // A lost connection is retried at once (connect itself backs off); repeated failures wait longer.
      if (failures > 0) await sleep(Math.min(tuning.maxDelayMs, tuning.initialDelayMs * 2 ** (failures - 1)));
    }
  };

  const loop = run().catch((error: unknown) => log.error({ err: error }, 'OPC UA session loop failed'));
  const close = async () => {
    if (!closed) {
      closed = true;
      wake?.();
      loss?.end('closed');
      await current?.dispose();
    }
    await loop;
    await batcher.flush();
  };
  options.signal.addEventListener('abort', () => void close(), { once: true });
  return { close };
}

/** `reason` resolves with the first watched event: the connection, session or subscription is gone. */
class LossWatch {
  private resolve!: (reason: string) => void;
  readonly reason = new Promise<string>((resolve) => (this.resolve = resolve));

  watch(emitter: Pick<EventEmitter, 'once'>, event: string, reason: string) {
    emitter.once(event, () => this.resolve(reason));
  }

  end(reason: string) {
    this.resolve(reason);
  }
}

function itemProblem(item: ClientMonitoredItemBase): ConnectorProblem | null {
  const status = item.statusCode;
  if (!status || status.isGood()) return null;
  const detail = status.toString();
  const missing = [StatusCodes.BadNodeIdUnknown, StatusCodes.BadNodeIdInvalid].some((c) => c.value === status.value);
  return { code: missing ? 'tag_not_found' : 'protocol_error', detail };
}

/**
 * Collects readings and hands them to the sink one batch at a time (everything that arrived in
 * the same tick — one publish response — goes together). A batch the sink refuses (database
 * down) is kept and offered again; beyond BUFFER_MAX the oldest readings are dropped and logged.
 */
class ReadingBatcher {
  private buffer: Reading[] = [];
  private running: Promise<void> | null = null;
  private dropped = 0;
  /** set by flush(): a refused batch is then given up instead of retried */
  private stopping = false;

  constructor(
    private readonly sink: ConnectorSink,
    private readonly log: ReturnType<typeof logger>,
  ) {}

  add(reading: Reading) {
    this.buffer.push(reading);
    if (this.buffer.length > BUFFER_MAX) {
      this.dropped += this.buffer.length - BUFFER_MAX;
      this.buffer.splice(0, this.buffer.length - BUFFER_MAX);
    }
    this.running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.drain());
  }

  /** Resolves when everything collected so far was offered to the sink. */
  async flush() {
    this.stopping = true;
    while (this.running) await this.running;
    if (this.buffer.length > 0) await (this.running = this.drain());
  }

  private async drain() {
    try {
      while (this.buffer.length > 0) {
        const batch = this.buffer.splice(0, BATCH_MAX);
        try {
          await this.sink.readings(batch);
        } catch (error) {
          if (this.stopping) {
            this.log.error({ err: error, dropped: batch.length + this.buffer.length }, 'readings not stored at close');
            this.buffer = [];
            break;
          }
          this.buffer.unshift(...batch);
          this.log.warn({ err: error, pending: this.buffer.length }, 'readings not stored yet, retrying');
          await new Promise((resolve) => setTimeout(resolve, SINK_RETRY_MS));
        }
        if (this.dropped > 0) {
          this.log.error({ dropped: this.dropped }, 'readings dropped: the sink refused them for too long');
          this.dropped = 0;
        }
      }
    } finally {
      this.running = null;
    }
  }
}
