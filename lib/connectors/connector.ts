/**
 * The one interface every OT connector implements (docs/integrations.md). A connector only ever
 * READS from OT: no OPC UA write or method call, no MQTT publish toward the plant, SQL only inside
 * READ ONLY transactions (lib/connectors/read-only.test.ts fails if such a call appears here).
 *
 * A connector knows nothing about tenants, mappings or the database: it turns a source's data into
 * `Reading`s keyed by the source's own tag name and hands them to a `ConnectorSink`. The worker's
 * supervisor (worker/integrations) maps, stores (lib/ingest) and derives the integration's status.
 */
import type { z } from 'zod';

export const INTEGRATION_KINDS = ['opcua', 'mqtt', 'sql_historian', 'rest_push', 'csv', 'demo'] as const;
export type IntegrationKind = (typeof INTEGRATION_KINDS)[number];
export type ReadingQuality = 'good' | 'uncertain' | 'bad';

/**
 * One value as the source delivered it, before mapping (scale, offset, unit happen later).
 * `externalTag` names the source point and is what a mapping matches:
 *   OPC UA: the NodeId string ("ns=2;s=Reactor.Pressure"); MQTT: the topic, or "topic#path" when a
 *   payload carries several values; SQL historian: the tag column's value; REST/CSV: the sender's tag.
 * `ts` is the source timestamp when the source has one, else the time of receipt.
 */
export interface Reading {
  externalTag: string;
  ts: Date;
  value: number;
  quality: ReadingQuality;
}

/** A point found by browsing the source (for picking tags to map). */
export interface BrowsedTag {
  externalTag: string;
  displayName: string;
  dataType?: string;
  unit?: string;
  description?: string;
}

/**
 * Why a connection or a tag failed. Stable codes; the UI localizes them
 * (messages: integrations.errors.<code>) and shows `detail` only as technical text.
 */
export const CONNECTOR_ERROR_CODES = [
  'unreachable', // refused, reset, DNS failure
  'timeout',
  'auth_failed',
  'tls_failed',
  'address_refused', // the outbound-address policy (lib/net/outbound-policy.ts) refused the endpoint
  'bad_config',
  'protocol_error',
  'tag_not_found', // e.g. OPC UA BadNodeIdUnknown when (re)creating a monitored item
  'query_failed',
] as const;
export type ConnectorErrorCode = (typeof CONNECTOR_ERROR_CODES)[number];

export const isConnectorErrorCode = (value: unknown): value is ConnectorErrorCode =>
  (CONNECTOR_ERROR_CODES as readonly unknown[]).includes(value);

export interface ConnectorProblem {
  code: ConnectorErrorCode;
  /** technical text for engineers (never a secret), shown as is */
  detail?: string;
}

export type TestConnectionResult =
  { ok: true; latencyMs: number; detail?: string } | ({ ok: false; latencyMs: number } & ConnectorProblem);

/** Where a running connector delivers. Implemented by the supervisor. */
export interface ConnectorSink {
  /**
   * Stores a batch. Resolves only after the batch is committed; acknowledge the source (MQTT
   * PUBACK, historian cursor) only after it resolves, so a crash never loses an acknowledged batch.
   * `cursor` (optional) is saved with the integration after commit and handed back on the next start.
   * Rejects when the database is unavailable: do not acknowledge; retry or let the source redeliver.
   */
  readings(batch: Reading[], cursor?: string): Promise<void>;
  /** The connection came up (null) or went down / failed (problem). Drives connected/error status. */
  connection(problem: ConnectorProblem | null): void;
  /** One tag cannot be read (problem) or recovered (null): an error tag makes the integration degraded. */
  tagStatus(externalTag: string, problem: ConnectorProblem | null): void;
}

export interface ConnectorRunOptions {
  /** the mapped external tags (OPC UA subscribes to exactly these; MQTT/historian read all) */
  tags: string[];
  /** what the last committed batch's `cursor` was, or null */
  cursor: string | null;
  /** aborted when the supervisor stops the session */
  signal: AbortSignal;
}

/** A started connection: runs until closed, reconnecting by itself with backoff. */
export interface ConnectorSession {
  close(): Promise<void>;
}

export interface ConnectorTimeouts {
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * Every endpoint a tenant configures is checked with resolveOutbound (lib/net/outbound-policy.ts)
 * before connecting, on test, browse and start alike; a refusal is the problem `address_refused`.
 *
 * A connector module (one file per kind under lib/connectors/<kind>/, registered in
 * lib/connectors/registry.ts). `C` = non-secret config, `S` = secrets (sealed at rest, write-only
 * in the API). Both schemas are zod objects; the API validates with them.
 */
export interface Connector<C = unknown, S = unknown> {
  kind: IntegrationKind;
  configSchema: z.ZodType<C>;
  secretsSchema: z.ZodType<S>;
  /** Connects once and answers within `timeoutMs`; never throws for a bad endpoint. */
  test(config: C, secrets: S, options: ConnectorTimeouts): Promise<TestConnectionResult>;
  /** Lists the source's points (not every kind can). */
  browse?(config: C, secrets: S, options: ConnectorTimeouts): Promise<BrowsedTag[]>;
  /** Push kinds (REST, CSV) and the demo have no session: the supervisor does not start them. */
  start?(config: C, secrets: S, sink: ConnectorSink, options: ConnectorRunOptions): Promise<ConnectorSession>;
}
