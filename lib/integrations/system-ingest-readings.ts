/**
 * THE path from any source's readings to storage (docs/integrations.md → "Data path"): the
 * supervisor's sink, REST push and CSV backfill all call ingestReadings. Per batch:
 *   1. the integration's mappings (cached per integration, reloaded when `revision` changes);
 *   2. per reading: no mapping → unmapped (recorded in integration_tags_seen); value = raw × scale
 *      + offset, converted to the signal's unit (not convertible → unitRefused); a reading newer than
 *      the signal's last stored one, of the same quality, within the mapping's deadband of it →
 *      belowDeadband (skipped);
 *   3. lib/ingest stores the rest (source 'live', or 'demo' for the demo replay) with provenance;
 *   4. one statement records counters, last_data_at, mapping last_seen_at, tags seen, the
 *      per-minute rate and the cursor — after the samples are committed.
 * Every reading lands in exactly one count:
 *   received = inserted + duplicates + rejected.* + unmapped + belowDeadband + unitRefused
 */
import 'server-only';
import type { Reading } from '../connectors/connector';
import {
  ingestSamples,
  latestAllowedTime,
  sampleVerdict,
  type IngestResult,
  type SampleInput,
} from '../ingest/ingest-samples';
import { readIngestIntegration, recordIngestBatch, type TagSeen } from '../db/integration-ingest-store';
import { loadIngestMappings, type IngestMapping, type IngestMappings, type LastStored } from './ingest-mappings';
import { recognizeNotableReadings } from './notable-readings';

export interface ReadingsResult extends IngestResult {
  /** readings whose externalTag has no mapping (recorded in integration_tags_seen) */
  unmapped: number;
  /** mapped readings skipped by the mapping's deadband */
  belowDeadband: number;
  /** source unit not convertible to the signal's unit */
  unitRefused: number;
}

export interface IntegrationRef {
  tenantId: string;
  integrationId: string;
}

const cache = new Map<string, IngestMappings>();

/** Forgets cached mappings and last stored values (tests: a worker restart). */
export function forgetIngestMappings() {
  cache.clear();
}

/** Thrown when the tenant has no such integration (deleted, or another tenant's). */
export class IntegrationNotFoundError extends Error {
  constructor(ref: IntegrationRef) {
    super(`ingestReadings: integration ${ref.integrationId} not found in tenant ${ref.tenantId}`);
  }
}

/**
 * Maps (scale, offset, unit, deadband), ingests (source 'live', or 'demo' for kind demo), updates
 * the integration's counters, last_data_at, the per-minute rate and the tags seen; saves `cursor`
 * after commit. Throws only for infrastructure failures and IntegrationNotFoundError; nothing of a
 * batch that throws is acknowledged (the cursor stays), so the source re-delivers it.
 */
export async function ingestReadings(
  ref: IntegrationRef,
  readings: Reading[],
  options: { now?: Date; cursor?: string } = {},
): Promise<ReadingsResult> {
  const now = options.now ?? new Date();
  const integration = await readIngestIntegration(ref.tenantId, ref.integrationId);
  if (!integration) throw new IntegrationNotFoundError(ref);
  const key = `${ref.tenantId}/${ref.integrationId}`;
  let mappings = cache.get(key);
  if (!mappings || mappings.revision !== integration.revision) {
    mappings = await loadIngestMappings(ref.tenantId, ref.integrationId, integration.revision);
    cache.set(key, mappings);
  }

  const split = splitReadings(readings, mappings, now);
  const result: ReadingsResult = {
    ...(await ingestSamples(ref.tenantId, split.samples, {
      source: integration.kind === 'demo' ? 'demo' : 'live',
      now,
      integrationId: ref.integrationId,
    })),
    received: readings.length,
    unmapped: split.tagsSeen.reduce((n, t) => n + t.count, 0),
    belowDeadband: split.belowDeadband,
    unitRefused: split.unitRefused,
  };
  result.rejected.future += split.rejected.future;
  result.rejected.beforeMinimum += split.rejected.beforeMinimum;
  result.rejected.invalid += split.rejected.invalid;
  // Only now, after commit, do the deadband's last values move.
  for (const [signalId, last] of split.newLast) mappings.last.set(signalId, last);

  const found = await recordIngestBatch(ref.tenantId, ref.integrationId, {
    received: result.received,
    inserted: result.inserted,
    duplicates: result.duplicates,
    rejectedFuture: result.rejected.future,
    rejectedOld: result.rejected.beforeMinimum,
    rejectedInvalid: result.rejected.invalid + result.rejected.unknownSignal + result.unitRefused,
    unmapped: result.unmapped,
    delivered: result.inserted + result.duplicates + result.belowDeadband + result.unmapped > 0,
    mappingIds: [...split.mappingIds],
    tagsSeen: split.tagsSeen,
    cursor: options.cursor,
    at: now,
  });
  if (!found) throw new IntegrationNotFoundError(ref);
  recognizeNotableReadings(ref, split.samples);
  return result;
}

interface Split {
  samples: SampleInput[];
  tagsSeen: TagSeen[];
  mappingIds: Set<string>;
  belowDeadband: number;
  unitRefused: number;
  /** readings refused before mapping (unmapped tags are checked here, mapped ones by lib/ingest) */
  rejected: { future: number; beforeMinimum: number; invalid: number };
  newLast: Map<string, LastStored>;
}

function splitReadings(readings: Reading[], mappings: IngestMappings, now: Date): Split {
  const split: Split = {
    samples: [],
    tagsSeen: [],
    mappingIds: new Set(),
    belowDeadband: 0,
    unitRefused: 0,
    rejected: { future: 0, beforeMinimum: 0, invalid: 0 },
    newLast: new Map(),
  };
  const latestAllowed = latestAllowedTime(now);
  const seen = new Map<string, TagSeen>();
  const withDeadband: { reading: Reading; mapping: IngestMapping; value: number }[] = [];

  for (const reading of readings) {
    const mapping = typeof reading?.externalTag === 'string' ? mappings.byTag.get(reading.externalTag) : undefined;
    if (!mapping) {
      const verdict = sampleVerdict(reading, latestAllowed);
      if (verdict !== 'ok') split.rejected[verdict]++;
      else addSeen(seen, reading);
      continue;
    }
    if (!mapping.convert) {
      split.unitRefused++;
      continue;
    }
    const value = mapping.convert(reading.value * mapping.scale + mapping.offset);
    if (mapping.deadband !== null) withDeadband.push({ reading, mapping, value });
    else pushSample(split, reading, mapping, value);
  }

  // Deadband in time order: a value is compared with the newest one stored before it.
  withDeadband.sort((a, b) => a.reading.ts.getTime() - b.reading.ts.getTime());
  for (const { reading, mapping, value } of withDeadband) {
    const ms = reading.ts.getTime();
    if (sampleVerdict({ ...reading, value }, latestAllowed) !== 'ok') {
      pushSample(split, reading, mapping, value); // lib/ingest counts the refusal
      continue;
    }
    const last = split.newLast.get(mapping.signalId) ?? mappings.last.get(mapping.signalId);
    const newer = !last || ms > last.ts;
    if (
      last &&
      newer &&
      reading.quality === last.quality &&
      Math.abs(value - last.value) <= (mapping.deadband as number)
    ) {
      split.belowDeadband++;
      split.mappingIds.add(mapping.id);
      continue;
    }
    if (newer) split.newLast.set(mapping.signalId, { ts: ms, value, quality: reading.quality });
    pushSample(split, reading, mapping, value);
  }
  split.tagsSeen = [...seen.values()];
  return split;
}

function pushSample(split: Split, reading: Reading, mapping: IngestMapping, value: number) {
  split.samples.push({
    signalId: mapping.signalId,
    ts: reading.ts,
    value,
    quality: reading.quality,
    externalTag: reading.externalTag,
  });
  split.mappingIds.add(mapping.id);
}

function addSeen(seen: Map<string, TagSeen>, reading: Reading) {
  const tag = seen.get(reading.externalTag);
  if (!tag) {
    seen.set(reading.externalTag, {
      externalTag: reading.externalTag,
      lastValue: reading.value,
      lastTs: reading.ts,
      count: 1,
    });
    return;
  }
  tag.count++;
  if (reading.ts.getTime() >= tag.lastTs.getTime()) {
    tag.lastValue = reading.value;
    tag.lastTs = reading.ts;
  }
}
