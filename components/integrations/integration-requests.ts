/**
 * The integrations endpoints as the browser calls them (through apiFetch) and the shapes of their
 * answers (docs/api.md; the contract is core-api's lib/integrations services). Query keys start
 * with INTEGRATIONS_KEY so one invalidation refreshes every integrations list the browser holds.
 */
import { apiFetch } from '@/components/api/api-client';
import type { BrowsedTag, IntegrationKind, TestConnectionResult } from '@/lib/connectors/connector';
import type {
  IntegrationStatusView,
  IntegrationView,
  MappingCoverage,
  MappingView,
  UnmappedTagView,
} from '@/lib/integrations/integration-shapes';

export type { BrowsedTag, IntegrationKind, TestConnectionResult };

export type {
  IntegrationCounters,
  IntegrationStatusView,
  IntegrationView,
  MappingView,
  MappingCoverage as Coverage,
  UnmappedTagView as UnmappedTag,
} from '@/lib/integrations/integration-shapes';
export type { IntegrationStatusName as IntegrationStatus } from '@/lib/integrations/integration-shapes';
export type { TagHealthState } from '@/lib/integrations/mapping-health';

export type AnyIntegrationView = IntegrationStatusView & Partial<Omit<IntegrationView, keyof IntegrationStatusView>>;

export interface ApiPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

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
  apiFetch<ApiPage<MappingView> & { coverage: MappingCoverage[] }>(`${one(id)}/mappings`, { query, signal });

export const listUnmappedTags = (id: string, query: { page: number; pageSize: number }, signal?: AbortSignal) =>
  apiFetch<ApiPage<UnmappedTagView>>(`${one(id)}/unmapped-tags`, { query, signal });

export const saveMapping = (id: string, mappingId: string | undefined, body: MappingInput) =>
  apiFetch<MappingView>(mappingId ? `${one(id)}/mappings/${encodeURIComponent(mappingId)}` : `${one(id)}/mappings`, {
    method: mappingId ? 'PATCH' : 'POST',
    body,
  });

export const deleteMapping = (id: string, mappingId: string) =>
  apiFetch<void>(`${one(id)}/mappings/${encodeURIComponent(mappingId)}`, { method: 'DELETE' });
