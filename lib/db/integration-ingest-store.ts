/**
 * SQL of the integration side of ingest (lib/integrations/system-ingest-readings.ts) on the raw
 * pool: what a batch needs to know (integration revision, mappings with the signal's unit and
 * latest value) and the one bookkeeping statement per batch (counters, last data, cursor, mapping
 * last seen, unmapped tags seen, per-minute rate). Every function takes tenantId and filters by it.
 */
import 'server-only';
import { pgPool } from './pg-pool';
import type { IntegrationCounters } from '../integrations/integration-shapes';

export interface IngestIntegrationRow {
  kind: string;
  revision: number;
}

/** The integration's kind and revision, or null when the tenant has no such integration. */
export async function readIngestIntegration(
  tenantId: string,
  integrationId: string,
): Promise<IngestIntegrationRow | null> {
  const { rows } = await pgPool().query<IngestIntegrationRow>(
    'SELECT kind::text AS kind, revision FROM integrations WHERE tenant_id = $1 AND id = $2',
    [tenantId, integrationId],
  );
  return rows[0] ?? null;
}

export interface IngestMappingRow {
  id: string;
  externalTag: string;
  signalId: string;
  sourceUnit: string | null;
  scale: number;
  offset: number;
  deadband: number | null;
  signalUnit: string | null;
  latestTs: Date | null;
  latestValue: number | null;
  latestQuality: 'good' | 'uncertain' | 'bad' | null;
}

/** The integration's mappings with their signal's unit and stored latest value. */
export async function readIngestMappings(tenantId: string, integrationId: string): Promise<IngestMappingRow[]> {
  const { rows } = await pgPool().query<IngestMappingRow>(
    `SELECT m.id, m.external_tag AS "externalTag", m.signal_id AS "signalId", m.source_unit AS "sourceUnit",
            m.scale, m.offset, m.deadband, s.unit AS "signalUnit",
            l.ts AS "latestTs", l.value AS "latestValue", l.quality::text AS "latestQuality"
     FROM external_signal_mappings m
     JOIN signals s ON s.tenant_id = m.tenant_id AND s.id = m.signal_id
     LEFT JOIN signal_latest l ON l.tenant_id = m.tenant_id AND l.signal_id = m.signal_id
     WHERE m.tenant_id = $1 AND m.integration_id = $2`,
    [tenantId, integrationId],
  );
  return rows;
}

export interface TagSeen {
  externalTag: string;
  lastValue: number;
  lastTs: Date;
  count: number;
}

/** What one batch adds to the integration's counters, and what it saw. */
export interface IngestBatchRecord extends IntegrationCounters {
  /** the source delivered usable data: last_data_at moves to `at` */
  delivered: boolean;
  /** mappings that received a reading in this batch (last_seen_at = `at`) */
  mappingIds: string[];
  tagsSeen: TagSeen[];
  cursor: string | undefined;
  at: Date;
}

// One statement, so a batch's bookkeeping is all or nothing. Tags come sorted (lock order).
const RECORD = `
  WITH counters AS (
    UPDATE integrations SET
      samples_received = samples_received + $3, samples_inserted = samples_inserted + $4,
      samples_duplicate = samples_duplicate + $5, samples_rejected_future = samples_rejected_future + $6,
      samples_rejected_old = samples_rejected_old + $7, samples_rejected_invalid = samples_rejected_invalid + $8,
      samples_unmapped = samples_unmapped + $9,
      last_data_at = CASE WHEN $10::boolean THEN greatest(last_data_at, $11::timestamptz) ELSE last_data_at END,
      cursor = coalesce($12::text, cursor)
    WHERE tenant_id = $1 AND id = $2
    RETURNING 1
  ), mappings AS (
    UPDATE external_signal_mappings SET last_seen_at = greatest(last_seen_at, $11::timestamptz)
    WHERE tenant_id = $1 AND integration_id = $2 AND id = ANY($13::uuid[])
    RETURNING 1
  ), tags AS (
    INSERT INTO integration_tags_seen AS t
      (tenant_id, integration_id, external_tag, last_value, last_ts, last_seen_at, count)
    SELECT $1, $2, tag, v, TIMESTAMPTZ 'epoch' + ms * INTERVAL '1 millisecond', $11, n
    FROM unnest($14::text[], $15::float8[], $16::int8[], $17::int8[]) AS u(tag, v, ms, n)
    ON CONFLICT (tenant_id, integration_id, external_tag) DO UPDATE SET
      count = t.count + EXCLUDED.count, last_seen_at = greatest(t.last_seen_at, EXCLUDED.last_seen_at),
      last_value = CASE WHEN t.last_ts IS NULL OR EXCLUDED.last_ts >= t.last_ts THEN EXCLUDED.last_value
                        ELSE t.last_value END,
      last_ts = greatest(t.last_ts, EXCLUDED.last_ts)
    RETURNING 1
  ), rate AS (
    INSERT INTO integration_ingest_minutes AS r (tenant_id, integration_id, minute, received, inserted)
    SELECT $1, $2, date_trunc('minute', $11::timestamptz), $3, $4 WHERE $3 > 0
    ON CONFLICT (tenant_id, integration_id, minute) DO UPDATE SET
      received = r.received + EXCLUDED.received, inserted = r.inserted + EXCLUDED.inserted
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM counters)::int AS found,
         (SELECT count(*) FROM mappings)::int + (SELECT count(*) FROM tags)::int + (SELECT count(*) FROM rate)::int AS touched`;

/** Records one committed batch; false when the integration no longer exists. */
export async function recordIngestBatch(
  tenantId: string,
  integrationId: string,
  batch: IngestBatchRecord,
): Promise<boolean> {
  const tags = [...batch.tagsSeen].sort((a, b) => (a.externalTag < b.externalTag ? -1 : 1));
  const { rows } = await pgPool().query<{ found: number }>(RECORD, [
    tenantId,
    integrationId,
    batch.received,
    batch.inserted,
    batch.duplicates,
    batch.rejectedFuture,
    batch.rejectedOld,
    batch.rejectedInvalid,
    batch.unmapped,
    batch.delivered,
    batch.at.toISOString(),
    batch.cursor ?? null,
    batch.mappingIds,
    tags.map((t) => t.externalTag),
    tags.map((t) => t.lastValue),
    tags.map((t) => t.lastTs.getTime()),
    tags.map((t) => t.count),
  ]);
  return rows[0]!.found === 1;
}

/** Inserted samples per integration summed over minutes in [since, until). */
export async function insertedSince(
  tenantId: string,
  integrationIds: readonly string[],
  since: Date,
  until: Date,
): Promise<Map<string, number>> {
  const { rows } = await pgPool().query<{ integrationId: string; inserted: string }>(
    `SELECT integration_id AS "integrationId", sum(inserted)::text AS inserted
     FROM integration_ingest_minutes
     WHERE tenant_id = $1 AND integration_id = ANY($2::uuid[]) AND minute >= $3 AND minute < $4
     GROUP BY integration_id`,
    [tenantId, integrationIds, since.toISOString(), until.toISOString()],
  );
  return new Map(rows.map((r) => [r.integrationId, Number(r.inserted)]));
}

/** Deletes per-minute counts older than `before` (all tenants; the worker's housekeeping). */
export async function deleteIngestMinutesBefore(before: Date): Promise<number> {
  const { rowCount } = await pgPool().query('DELETE FROM integration_ingest_minutes WHERE minute < $1', [
    before.toISOString(),
  ]);
  return rowCount ?? 0;
}

export interface ProvenanceRow {
  signalId: string;
  integrationId: string | null;
  integrationName: string | null;
  integrationKind: string | null;
  externalTag: string | null;
}

/** Where each signal's newest sample came from (signal_latest's integration and external tag). */
export async function readProvenanceRows(tenantId: string, signalIds: readonly string[]): Promise<ProvenanceRow[]> {
  if (signalIds.length === 0) return [];
  const { rows } = await pgPool().query<ProvenanceRow>(
    `SELECT l.signal_id AS "signalId", l.integration_id AS "integrationId", i.name AS "integrationName",
            i.kind::text AS "integrationKind", l.external_tag AS "externalTag"
     FROM signal_latest l
     LEFT JOIN integrations i ON i.tenant_id = l.tenant_id AND i.id = l.integration_id
     WHERE l.tenant_id = $1 AND l.signal_id = ANY($2::uuid[])`,
    [tenantId, signalIds],
  );
  return rows;
}

/** The signals among signalIds mapped by an enabled integration of a real source (not the demo). */
export async function readMappedSignalIds(tenantId: string, signalIds: readonly string[]): Promise<Set<string>> {
  if (signalIds.length === 0) return new Set();
  const { rows } = await pgPool().query<{ signalId: string }>(
    `SELECT DISTINCT m.signal_id AS "signalId"
     FROM external_signal_mappings m
     JOIN integrations i ON i.tenant_id = m.tenant_id AND i.id = m.integration_id
     WHERE m.tenant_id = $1 AND m.signal_id = ANY($2::uuid[]) AND i.enabled AND i.kind <> 'demo'`,
    [tenantId, signalIds],
  );
  return new Set(rows.map((r) => r.signalId));
}
