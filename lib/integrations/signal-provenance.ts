/**
 * Provenance of signals' newest values (integration name and kind, external tag) and which signals
 * are mapped to a real source, for the asset page and connectivity (lib/trends/connectivity.ts).
 */
import 'server-only';
import { readMappedSignalIds, readProvenanceRows } from '../db/integration-ingest-store';

export interface SignalProvenance {
  integrationId: string | null;
  integrationName: string | null;
  integrationKind: string | null;
  externalTag: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ids = (signalIds: string[]) => signalIds.filter((id) => UUID.test(id)).map((id) => id.toLowerCase());

/** signalId (lower case) → provenance of its newest sample; signals without samples are absent. */
export async function signalProvenance(tenantId: string, signalIds: string[]): Promise<Map<string, SignalProvenance>> {
  const rows = await readProvenanceRows(tenantId, ids(signalIds));
  return new Map(rows.map(({ signalId, ...p }) => [signalId, p]));
}

/** The signals (lower case ids) mapped by an enabled real-source integration (not the demo). */
export function mappedSignalIds(tenantId: string, signalIds: string[]): Promise<Set<string>> {
  return readMappedSignalIds(tenantId, ids(signalIds));
}
