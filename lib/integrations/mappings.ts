/**
 * An integration's signal mappings (external tag → signal): list with per-tag health and coverage,
 * create, change, delete. Reads need integrations.read, writes integrations.manage. Every write
 * bumps the integration's `revision` (the worker restarts its session with the new tag list) and is
 * audited (`integration_mapping.*`). 404 for another tenant's integration, mapping or signal.
 */
import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { AppError, notFound } from '../http/app-error';
import type { Pagination } from '../http/pagination';
import { listPage } from '../plant/list-page';
import { assertPathId, changedFields, pick, uniqueOr409 } from '../plant/plant-actor';
import { assertCan, auditIntegration, loadIntegration, type IntegrationActor } from './integration-access';
import { unitConverter } from './engineering-units';
import { FLATLINE_SAMPLES, tagHealth } from './mapping-health';
import { latestValues, recentValues } from '../timeseries/latest-values';
import type { MappingCoverage, MappingView } from './integration-shapes';
import type { CreateMapping, UpdateMapping } from './integration-schemas';
import type { Locale } from '../i18n/locales';

const MAPPING_COLUMNS = {
  id: true,
  integrationId: true,
  externalTag: true,
  signalId: true,
  sourceUnit: true,
  scale: true,
  offset: true,
  deadband: true,
  tagState: true,
  tagErrorCode: true,
  lastSeenAt: true,
  signal: {
    select: {
      id: true,
      tag: true,
      unit: true,
      assetId: true,
      sampleIntervalSeconds: true,
      criticalLow: true,
      criticalHigh: true,
      asset: { select: { tag: true, nameAr: true, nameEn: true } },
    },
  },
} as const;

interface MappingRow {
  id: string;
  externalTag: string;
  signalId: string;
  sourceUnit: string | null;
  scale: number;
  offset: number;
  deadband: number | null;
  tagState: 'ok' | 'error';
  tagErrorCode: string | null;
  lastSeenAt: Date | null;
  signal: {
    id: string;
    tag: string;
    unit: string | null;
    assetId: string;
    sampleIntervalSeconds: number | null;
    criticalLow: number | null;
    criticalHigh: number | null;
    asset: { tag: string; nameAr: string; nameEn: string };
  };
}

/** Page of mappings (by external tag) with health, and coverage per asset the integration feeds. */
export async function listMappings(actor: IntegrationActor, integrationId: string, input: Pagination, locale: Locale) {
  assertCan(actor, 'integrations.read');
  await loadIntegration(actor, integrationId);
  const tdb = tenantDb(actor);
  const where = { integrationId };
  const page = await listPage(
    input,
    (p) =>
      tdb.externalSignalMapping.findMany({
        where,
        select: MAPPING_COLUMNS,
        orderBy: [{ externalTag: 'asc' }, { id: 'asc' }],
        ...p,
      }) as Promise<MappingRow[]>,
    () => tdb.externalSignalMapping.count({ where }),
  );
  const [items, coverage] = await Promise.all([
    mappingViews(actor, page.items, locale),
    mappingCoverage(actor, integrationId, locale),
  ]);
  return { ...page, items, coverage };
}

/** Creates a mapping; 409 `mapping_tag_taken` when the tag is mapped already in this integration. */
export async function createMapping(
  actor: IntegrationActor,
  integrationId: string,
  input: CreateMapping,
  locale: Locale,
): Promise<MappingView> {
  assertCan(actor, 'integrations.manage');
  await loadIntegration(actor, integrationId);
  const signal = await loadSignal(actor, input.signalId);
  assertConvertible(input.sourceUnit ?? null, signal.unit);
  // scale, offset, deadband and source unit left out take the table's defaults (1, 0, none, none)
  const row = await writeMapping(() =>
    tenantDb(actor).externalSignalMapping.create({
      data: { integrationId, ...input } as never,
      select: MAPPING_COLUMNS,
    }),
  );
  await afterWrite(actor, integrationId, 'integration_mapping.create', row.id, { after: pick(row as never, EDITABLE) });
  return (await mappingViews(actor, [row], locale))[0]!;
}

const EDITABLE = ['externalTag', 'signalId', 'sourceUnit', 'scale', 'offset', 'deadband'];

/** Changes a mapping's tag, signal, unit, scale, offset or deadband. */
export async function updateMapping(
  actor: IntegrationActor,
  integrationId: string,
  mappingId: string,
  input: UpdateMapping,
  locale: Locale,
): Promise<MappingView> {
  assertCan(actor, 'integrations.manage');
  const current = await loadMapping(actor, integrationId, mappingId);
  const signal = input.signalId ? await loadSignal(actor, input.signalId) : current.signal;
  const sourceUnit = input.sourceUnit !== undefined ? input.sourceUnit : current.sourceUnit;
  assertConvertible(sourceUnit, signal.unit);
  const changes = changedFields(pick(current as never, EDITABLE) as Record<string, unknown>, input);
  if (Object.keys(changes).length === 0) return (await mappingViews(actor, [current], locale))[0]!;
  const row = await writeMapping(() =>
    tenantDb(actor).externalSignalMapping.update({
      where: { tenantId_id: { tenantId: actor.tenantId!, id: mappingId } },
      data: changes as never,
      select: MAPPING_COLUMNS,
    }),
  );
  await afterWrite(actor, integrationId, 'integration_mapping.update', mappingId, {
    before: pick(current as never, Object.keys(changes)),
    after: changes,
  });
  return (await mappingViews(actor, [row], locale))[0]!;
}

/** Deletes a mapping (the samples it delivered stay; later readings of the tag count as unmapped). */
export async function deleteMapping(actor: IntegrationActor, integrationId: string, mappingId: string) {
  assertCan(actor, 'integrations.manage');
  const current = await loadMapping(actor, integrationId, mappingId);
  await tenantDb(actor).externalSignalMapping.delete({
    where: { tenantId_id: { tenantId: actor.tenantId!, id: mappingId } },
  });
  await afterWrite(actor, integrationId, 'integration_mapping.delete', mappingId, {
    before: pick(current as never, EDITABLE),
  });
}

async function loadMapping(actor: IntegrationActor, integrationId: string, mappingId: string) {
  await loadIntegration(actor, integrationId);
  assertPathId(mappingId);
  const row = await tenantDb(actor).externalSignalMapping.findFirst({
    where: { id: mappingId, integrationId },
    select: MAPPING_COLUMNS,
  });
  if (!row) throw notFound();
  return row as MappingRow;
}

async function loadSignal(actor: IntegrationActor, signalId: string) {
  const signal = await tenantDb(actor).signal.findFirst({ where: { id: signalId }, select: { id: true, unit: true } });
  if (!signal)
    throw new AppError('signal_not_found', 404, 'integrationsApi.errors.signalNotFound', { field: 'signalId' });
  return signal;
}

function assertConvertible(sourceUnit: string | null, signalUnit: string | null) {
  if (unitConverter(sourceUnit, signalUnit) === null) {
    throw new AppError('mapping_unit_incompatible', 400, 'integrationsApi.errors.mappingUnitIncompatible', {
      errors: [{ path: 'sourceUnit', message: 'integrationsApi.errors.mappingUnitIncompatible' }],
    });
  }
}

/** A create or update; the tag mapped twice in one integration is 409 `mapping_tag_taken`. */
const writeMapping = async (write: () => Promise<unknown>) =>
  (await uniqueOr409(
    write,
    'mapping_tag_taken',
    'integrationsApi.errors.mappingTagTaken',
    'externalTag',
  )) as MappingRow;

/** After every mapping write: the session restarts with the new tags (revision), and the audit row. */
async function afterWrite(
  actor: IntegrationActor,
  integrationId: string,
  action: string,
  mappingId: string,
  change: { before?: unknown; after?: unknown },
) {
  await tenantDb(actor).integration.update({
    where: { tenantId_id: { tenantId: actor.tenantId!, id: integrationId } },
    data: { revision: { increment: 1 } },
    select: { id: true },
  });
  await auditIntegration(actor, action, { type: 'integration_mapping', id: mappingId }, change);
}

const assetName = (asset: { nameAr: string; nameEn: string }, locale: Locale) =>
  locale === 'en' ? asset.nameEn : asset.nameAr;

async function mappingViews(actor: IntegrationActor, rows: MappingRow[], locale: Locale): Promise<MappingView[]> {
  const signalIds = [...new Set(rows.map((r) => r.signalId))];
  const [latestBy, recentBy] = await Promise.all([
    latestValues(actor.tenantId!, signalIds),
    recentValues(actor.tenantId!, signalIds, FLATLINE_SAMPLES),
  ]);
  const now = new Date();
  return rows.map((r) => {
    const last = latestBy.get(r.signalId) ?? null;
    return {
      id: r.id,
      externalTag: r.externalTag,
      signalId: r.signalId,
      signal: {
        id: r.signal.id,
        tag: r.signal.tag,
        unit: r.signal.unit,
        assetId: r.signal.assetId,
        assetCode: r.signal.asset.tag,
        assetName: assetName(r.signal.asset, locale),
      },
      sourceUnit: r.sourceUnit,
      scale: r.scale,
      offset: r.offset,
      deadband: r.deadband,
      tagState: r.tagState,
      tagErrorCode: r.tagErrorCode,
      health: {
        state: tagHealth({
          tagState: r.tagState,
          latest: last,
          recentValues: recentBy.get(r.signalId) ?? [],
          signal: r.signal,
          now,
        }),
        lastSeenAt: (r.lastSeenAt ?? last?.ts)?.toISOString() ?? null,
        lastValue: last?.value ?? null,
      },
    };
  });
}

/** Per asset fed by this integration: how many of its signals are mapped here, of how many. */
async function mappingCoverage(
  actor: IntegrationActor,
  integrationId: string,
  locale: Locale,
): Promise<MappingCoverage[]> {
  const tdb = tenantDb(actor);
  const mapped = await tdb.externalSignalMapping.findMany({
    where: { integrationId },
    select: { signalId: true, signal: { select: { assetId: true } } },
  });
  const byAsset = new Map<string, Set<string>>();
  for (const m of mapped) {
    const set = byAsset.get(m.signal.assetId) ?? new Set<string>();
    set.add(m.signalId);
    byAsset.set(m.signal.assetId, set);
  }
  const assetIds = [...byAsset.keys()];
  if (assetIds.length === 0) return [];
  const [assets, totals] = await Promise.all([
    tdb.asset.findMany({
      where: { id: { in: assetIds } },
      select: { id: true, tag: true, nameAr: true, nameEn: true },
    }),
    tdb.signal.groupBy({ by: ['assetId'], where: { assetId: { in: assetIds } }, _count: { _all: true } }),
  ]);
  const totalBy = new Map(totals.map((t) => [t.assetId, t._count._all]));
  return assets
    .map((a) => ({
      assetId: a.id,
      assetCode: a.tag,
      assetName: assetName(a, locale),
      mappedSignals: byAsset.get(a.id)!.size,
      totalSignals: totalBy.get(a.id) ?? 0,
    }))
    .sort((x, y) => x.assetCode.localeCompare(y.assetCode));
}
