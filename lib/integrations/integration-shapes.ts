/**
 * What the integrations API answers, as JSON (dates as ISO strings). Types only, browser-safe:
 * the services build these and the pages read them (components/integrations/integration-requests.ts).
 */
import type { IntegrationKind } from '../connectors/connector';
import type { TagHealthState } from './mapping-health';

export type IntegrationStatusName = 'pending' | 'connected' | 'degraded' | 'error' | 'disabled';

/** Cumulative per-integration ingest counts (what each batch adds to `integrations.samples_*`). */
export interface IntegrationCounters {
  received: number;
  inserted: number;
  duplicates: number;
  rejectedFuture: number;
  rejectedOld: number;
  rejectedInvalid: number;
  unmapped: number;
}

/** What every tenant role sees (integrations.status). */
export interface IntegrationStatusView {
  id: string;
  name: string;
  kind: IntegrationKind;
  enabled: boolean;
  status: IntegrationStatusName;
  lastDataAt: string | null;
}

/** What readers (integrations.read) see; viewers get IntegrationStatusView only. */
export interface IntegrationView extends IntegrationStatusView {
  samplesPerMinute: number;
  lastError: { code: string; detail: string | null; at: string } | null;
  /** the non-secret settings, as validated by the kind's connector */
  config: Record<string, unknown>;
  /** names of the secret fields that hold a value (values are never returned) */
  secretsSet: string[];
  counters: IntegrationCounters;
  /** something was stored from it once: it can be disabled, not deleted */
  everIngested: boolean;
  /** bumped on every change of config, secrets, enabled or mappings (the worker restarts on it) */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface MappingView {
  id: string;
  externalTag: string;
  signalId: string;
  signal: { id: string; tag: string; unit: string | null; assetId: string; assetCode: string; assetName: string };
  sourceUnit: string | null;
  scale: number;
  offset: number;
  deadband: number | null;
  tagState: 'ok' | 'error';
  tagErrorCode: string | null;
  health: { state: TagHealthState; lastSeenAt: string | null; lastValue: number | null };
}

/** Per asset an integration feeds: its signals mapped here, of all its signals. */
export interface MappingCoverage {
  assetId: string;
  assetCode: string;
  assetName: string;
  mappedSignals: number;
  totalSignals: number;
}

/** A tag the source delivered that no mapping covers yet. */
export interface UnmappedTagView {
  externalTag: string;
  lastValue: number | null;
  lastTs: string | null;
  lastSeenAt: string;
  count: number;
}
