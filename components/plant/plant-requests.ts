/**
 * The plant endpoints as the browser calls them (through apiFetch) and the shapes of their answers.
 * A save with an id is a PUT of that object, without one a POST that creates it.
 */
import { apiFetch } from '@/components/api/api-client';

export interface Place {
  id: string;
  code: string;
  nameAr: string;
  nameEn: string;
}
export type Site = Place;
export interface Unit extends Place {
  siteId: string;
}

export interface Asset {
  id: string;
  unitId: string;
  parentId: string | null;
  tag: string;
  nameAr: string;
  nameEn: string;
  type: string;
  criticality: string;
  status: string;
  manufacturer: string | null;
  model: string | null;
  installDate: string | null;
  metadata: unknown;
}

export interface Signal {
  id: string;
  assetId: string;
  tag: string;
  description: string | null;
  unit: string | null;
  kind: string;
  criticalLow: number | null;
  warningLow: number | null;
  normalLow: number | null;
  normalHigh: number | null;
  warningHigh: number | null;
  criticalHigh: number | null;
  sampleIntervalSeconds: number | null;
}

type LinkEnd = { id: string; tag: string; nameAr: string; nameEn: string };
export interface AssetLink {
  id: string;
  fromAssetId: string;
  toAssetId: string;
  medium: string;
  fromAsset: LinkEnd;
  toAsset: LinkEnd;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

/** Query keys: invalidating PLANT_KEY refreshes every plant list the browser holds. */
export const PLANT_KEY = ['plant'] as const;

const save =
  <T>(collection: string) =>
  ({ id, body }: { id?: string; body: unknown }) =>
    apiFetch<T>(id ? `/api/${collection}/${encodeURIComponent(id)}` : `/api/${collection}`, {
      method: id ? 'PUT' : 'POST',
      body,
    });

export const saveSite = save<Site>('sites');
export const saveUnit = save<Unit>('units');
export const saveAsset = save<Asset>('assets');
export const saveSignal = save<Signal>('signals');

export const deleteAsset = (id: string) =>
  apiFetch<void>(`/api/assets/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const listAssets = (query: Record<string, string | number | undefined>, signal?: AbortSignal) =>
  apiFetch<Page<Asset>>('/api/assets', { query, signal });

export const listSignals = (assetId: string, signal?: AbortSignal) =>
  apiFetch<Page<Signal>>('/api/signals', { query: { asset_id: assetId, pageSize: 100 }, signal });

export const listLinks = (assetId: string, signal?: AbortSignal) =>
  apiFetch<Page<AssetLink>>('/api/asset-links', { query: { asset_id: assetId, pageSize: 100 }, signal });

export const createLink = (body: { fromAssetId: string; toAssetId: string; medium: string }) =>
  apiFetch<AssetLink>('/api/asset-links', { method: 'POST', body });

export const deleteLink = (id: string) =>
  apiFetch<void>(`/api/asset-links/${encodeURIComponent(id)}`, { method: 'DELETE' });
