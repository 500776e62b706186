import 'server-only';
import type { TenantDb } from '../db/tenant-db';
import { uniqueKey } from '../plant/plant-text';
import { SIGNAL_FIELDS } from '../plant/list-signals';
import type { ValidRow } from './validate-rows';

/** A stored object as the import compares it: its id and its fields in schema shape. */
export interface Existing {
  id: string;
  fields: Record<string, unknown>;
}

export interface ExistingPlant {
  sites: Map<string, Existing>;
  units: Map<string, Existing>;
  /** every asset of the tenant (parent chains are checked for cycles), by tag key */
  assets: Map<string, Existing>;
  assetKeyById: Map<string, string>;
  /** only the signals the import names, by tag key */
  signals: Map<string, Existing>;
}

// A signal's fields as the API shows them, less the timestamps an import does not compare.
const { createdAt: _created, updatedAt: _updated, ...SIGNAL_IMPORT_FIELDS } = SIGNAL_FIELDS;

const CHUNK = 5000;
const chunks = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

const byKey = (rows: { id: string; key: string; fields: Record<string, unknown> }[]) =>
  new Map(rows.map((r) => [r.key, { id: r.id, fields: r.fields }]));

/**
 * What the tenant already has that an import may match or refer to, through tenantDb (another
 * tenant's codes and tags are invisible, so they never resolve). Keys are lower-case.
 */
export async function loadExisting(tdb: TenantDb, rows: ValidRow[]): Promise<ExistingPlant> {
  const sites = await tdb.site.findMany({
    select: { id: true, code: true, codeKey: true, nameAr: true, nameEn: true },
  });
  const units = await tdb.unit.findMany({
    select: { id: true, siteId: true, code: true, codeKey: true, nameAr: true, nameEn: true },
  });
  const assets = await tdb.asset.findMany({
    select: {
      id: true,
      unitId: true,
      parentId: true,
      tag: true,
      tagKey: true,
      nameAr: true,
      nameEn: true,
      type: true,
      criticality: true,
      status: true,
      manufacturer: true,
      model: true,
      installDate: true,
    },
  });
  const signalKeys = [...new Set(rows.filter((r) => r.type === 'signal').map((r) => uniqueKey(r.key)))];
  const signals = [];
  for (const keys of chunks(signalKeys)) {
    signals.push(
      ...(await tdb.signal.findMany({
        where: { tagKey: { in: keys } },
        select: { ...SIGNAL_IMPORT_FIELDS, tagKey: true },
      })),
    );
  }
  return {
    sites: byKey(sites.map(({ id, codeKey, ...fields }) => ({ id, key: codeKey, fields }))),
    units: byKey(units.map(({ id, codeKey, ...fields }) => ({ id, key: codeKey, fields }))),
    assets: byKey(
      assets.map(({ id, tagKey, installDate, ...fields }) => ({
        id,
        key: tagKey,
        fields: { ...fields, installDate: installDate ? installDate.toISOString().slice(0, 10) : null },
      })),
    ),
    assetKeyById: new Map(assets.map((a) => [a.id, a.tagKey])),
    signals: byKey(signals.map(({ id, tagKey, ...fields }) => ({ id, key: tagKey, fields }))),
  };
}
