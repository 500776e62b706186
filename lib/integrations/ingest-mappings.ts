/**
 * An integration's mappings as the ingest path uses them: by external tag, with the unit converter
 * built once and the last stored value per signal (for deadbands; read from signal_latest, so it
 * survives a worker restart).
 */
import 'server-only';
import type { ReadingQuality } from '../connectors/connector';
import { readIngestMappings } from '../db/integration-ingest-store';
import { unitConverter } from './engineering-units';

export interface IngestMapping {
  id: string;
  signalId: string;
  scale: number;
  offset: number;
  /** null: the source unit cannot be converted to the signal's (readings are refused) */
  convert: ((value: number) => number) | null;
  deadband: number | null;
}

export interface LastStored {
  ts: number; // epoch ms
  value: number;
  quality: ReadingQuality;
}

export interface IngestMappings {
  revision: number;
  byTag: Map<string, IngestMapping>;
  last: Map<string, LastStored>;
}

/** Loads the mappings of one integration as of `revision`. */
export async function loadIngestMappings(
  tenantId: string,
  integrationId: string,
  revision: number,
): Promise<IngestMappings> {
  const rows = await readIngestMappings(tenantId, integrationId);
  const mappings: IngestMappings = { revision, byTag: new Map(), last: new Map() };
  for (const row of rows) {
    mappings.byTag.set(row.externalTag, {
      id: row.id,
      signalId: row.signalId,
      scale: row.scale,
      offset: row.offset,
      convert: unitConverter(row.sourceUnit, row.signalUnit),
      deadband: row.deadband !== null && row.deadband > 0 ? row.deadband : null,
    });
    if (row.latestTs && row.latestValue !== null && row.latestQuality) {
      mappings.last.set(row.signalId, {
        ts: row.latestTs.getTime(),
        value: row.latestValue,
        quality: row.latestQuality,
      });
    }
  }
  return mappings;
}
