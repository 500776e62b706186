/**
 * The integrations endpoints as the browser calls them (through apiFetch) and the shapes of their
 * answers (docs/api.md; the contract is core-api's lib/integrations services). Query keys start
 * with INTEGRATIONS_KEY so one invalidation refreshes every integrations list the browser holds.
 */
import { apiFetch } from '@/components/api/api-client';
import type { BrowsedTag, IntegrationKind, TestConnectionResult } from '@/lib/connectors/connector';

export type { BrowsedTag, IntegrationKind, TestConnectionResult };

export const INTEGRATION_STATUSES = ['pending', 'connected', 'degraded', 'error', 'disabled'] as const;
export type IntegrationStatus = (typeof INTEGRATION_STATUSES)[number];

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
  status: IntegrationStatus;
  lastDataAt: string | null;
}

/** What those who may read integrations see; viewers get IntegrationStatusView only. */
export interface IntegrationView extends IntegrationStatusView {
  samplesPerMinute: number;
  lastError: { code: string; detail: string | null; at: string } | null;
  config: Record<string, unknown>;
  /** names of the secret fields that are set (their values never leave the server) */
  secretsSet: string[];
  counters: IntegrationCounters;
  everIngested: boolean;
  createdAt: string;
  updatedAt: string;
}

export type AnyIntegrationView = IntegrationStatusView & Partial<Omit<IntegrationView, keyof IntegrationStatusView>>;

export type TagHealthState = 'ok' | 'stale' | 'flatlined' | 'out_of_range' | 'error' | 'no_data';

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

export interface Coverage {
  assetId: string;
  assetName: string;
  assetCode: string;
  mappedSignals: number;
  totalSignals: number;
}

export interface UnmappedTag {
  externalTag: string;
  lastValue: number | null;
  lastTs: string | null;
  lastSeenAt: string;
  count: number;
}

export interface ApiPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Pages of a list answer (the integrations API does not send pageCount). */
export const pageCountOf = (p: { total: number; pageSize: number }) => Math.max(1, Math.ceil(p.total / p.pageSize));

export interface IntegrationInput {
  name?: string;
  kind?: IntegrationKind;
  config?: unknown;
  /** omitted secrets are kept (PATCH); never read back */
  secrets?: Record<string, string>;
  enabled?: boolean;
}

export interface MappingInput {
  externalTag?: string;
  signalId?: string;
  sourceUnit?: string | null;
  scale?: number;
  offset?: number;
  deadband?: number | null;
}

export const INTEGRATIONS_KEY = ['integrations'] as const;
export const integrationKey = (id: string) => [...INTEGRATIONS_KEY, id] as const;

const one = (id: string) => `/api/integrations/${encodeURIComponent(id)}`;

export const listIntegrations = (query: { page: number; pageSize: number }, signal?: AbortSignal) =>
  apiFetch<ApiPage<AnyIntegrationView>>('/api/integrations', { query, signal });

export const getIntegration = (id: string, signal?: AbortSignal) => apiFetch<IntegrationView>(one(id), { signal });

export const createIntegration = (body: IntegrationInput) =>
  apiFetch<IntegrationView>('/api/integrations', { method: 'POST', body });

export const updateIntegration = (id: string, body: IntegrationInput) =>
  apiFetch<IntegrationView>(one(id), { method: 'PATCH', body });

export const deleteIntegration = (id: string) => apiFetch<void>(one(id), { method: 'DELETE' });

export const testConnection = (body: {
  kind: IntegrationKind;
  config: unknown;
  secrets?: Record<string, string>;
  integrationId?: string;
}) => apiFetch<TestConnectionResult>('/api/integrations/test', { method: 'POST', body });

export const browseTags = (id: string, signal?: AbortSignal) =>
  apiFetch<{ tags: BrowsedTag[] }>(`${one(id)}/browse`, { signal });

export const listMappings = (id: string, query: { page: number; pageSize: number }, signal?: AbortSignal) =>
  apiFetch<ApiPage<MappingView> & { coverage: Coverage[] }>(`${one(id)}/mappings`, { query, signal });

export const listUnmappedTags = (id: string, query: { page: number; pageSize: number }, signal?: AbortSignal) =>
  apiFetch<ApiPage<UnmappedTag>>(`${one(id)}/unmapped-tags`, { query, signal });

export const saveMapping = (id: string, mappingId: string | undefined, body: MappingInput) =>
  apiFetch<MappingView>(mappingId ? `${one(id)}/mappings/${encodeURIComponent(mappingId)}` : `${one(id)}/mappings`, {
    method: mappingId ? 'PATCH' : 'POST',
    body,
  });

export const deleteMapping = (id: string, mappingId: string) =>
  apiFetch<void>(`${one(id)}/mappings/${encodeURIComponent(mappingId)}`, { method: 'DELETE' });
