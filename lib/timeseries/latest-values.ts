/**
 * The newest sample of each signal (signal_latest, kept by lib/ingest): what the twin shows as the
 * current value, and, through receivedAt and source, its connectivity.
 */
import 'server-only';
import { readLatestRows, readRecentValues } from '../db/sample-store';
import type { SampleQuality, SampleSource } from '../ingest/ingest-samples';

export interface LatestValue {
  signalId: string;
  ts: Date;
  value: number;
  quality: SampleQuality;
  source: SampleSource;
  receivedAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Newest timestamp per signal (never merely the last written), keyed by signal id as given.
 * Signals without samples, of another tenant, or not UUIDs are absent from the map.
 */
export async function latestValues(tenantId: string, signalIds: string[]): Promise<Map<string, LatestValue>> {
  const byLower = new Map<string, string>();
  for (const id of signalIds) if (UUID.test(id)) byLower.set(id.toLowerCase(), id);
  const rows = await readLatestRows(tenantId, [...byLower.keys()]);
  return new Map(rows.map((r) => [byLower.get(r.signalId) ?? r.signalId, r]));
}

/**
 * The newest `count` values of each signal, newest first (for flatline checks), keyed by signal id
 * as given; signals without samples map to []. Non-UUIDs are left out.
 */
export async function recentValues(
  tenantId: string,
  signalIds: string[],
  count: number,
): Promise<Map<string, number[]>> {
  const byLower = new Map<string, string>();
  for (const id of signalIds) if (UUID.test(id)) byLower.set(id.toLowerCase(), id);
  const rows = await readRecentValues(tenantId, [...byLower.keys()], count);
  return new Map(rows.map((r) => [byLower.get(r.signalId) ?? r.signalId, r.values]));
}
