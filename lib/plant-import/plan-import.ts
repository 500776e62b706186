import 'server-only';
import crypto from 'node:crypto';
import { uniqueKey } from '../plant/plant-text';
import { LIMIT_FIELDS, limitOrderErrors, type SignalLimits } from '../plant/signal-schemas';
import { KEY_COLUMN, type RecordType } from './csv-layout';
import type { Existing, ExistingPlant } from './load-existing';
import type { CsvRow, ImportIssue } from './parse-csv';
import type { ValidRow } from './validate-rows';

export type RowAction = 'create' | 'update' | 'unchanged';

/** A row ready to write: the object's id (new or stored) and the columns to set. */
export interface PlannedRow {
  source: ValidRow;
  id: string;
  action: RowAction;
  /** create: every column; update: only the changed ones; unchanged: empty */
  write: Record<string, unknown>;
}

const REF_FIELD = { site: 'siteId', unit: 'unitId', asset: 'assetId', parent: 'parentId' } as const;
const REF_TYPE = { site: 'site', unit: 'unit', asset: 'asset', parent: 'asset' } as const;
const REF_COLUMN = { site: 'site_code', unit: 'unit_code', asset: 'asset_tag', parent: 'parent_tag' } as const;
const KEY_FIELD: Record<RecordType, 'code' | 'tag'> = { site: 'code', unit: 'code', asset: 'tag', signal: 'tag' };
const STORE: Record<RecordType, keyof Omit<ExistingPlant, 'assetKeyById'>> = {
  site: 'sites',
  unit: 'units',
  asset: 'assets',
  signal: 'signals',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Resolves every reference (against the import's own valid rows first, then the tenant's stored
 * objects) and decides per row: create, update (only the fields whose columns the file has and
 * whose values differ) or unchanged. A row whose reference is unknown, or names a row that has
 * errors itself, gets an issue and is left out, and so are the rows that depend on it.
 */
export function planImport(
  rawRows: CsvRow[],
  valid: ValidRow[],
  existing: ExistingPlant,
): { planned: PlannedRow[]; issues: ImportIssue[] } {
  const planned = new Map<string, PlannedRow>();
  const issues: ImportIssue[] = [];
  const id = (type: RecordType, key: string) => `${type}:${uniqueKey(key)}`;
  // Keys given in the file by rows that are not (or no longer) importable.
  const broken = new Map<string, number>();
  const validIds = new Set(valid.map((r) => id(r.type, r.key)));
  for (const r of rawRows) {
    const type = (r.cells.record ?? '').toLowerCase() as RecordType;
    const key = KEY_COLUMN[type] ? r.cells[KEY_COLUMN[type]] : undefined;
    if (key && !validIds.has(id(type, key)) && !broken.has(id(type, key))) broken.set(id(type, key), r.row);
  }

  const resolve = (type: RecordType, key: string): string | { brokenRow: number } | null => {
    const inFile = planned.get(id(type, key));
    if (inFile) return inFile.id;
    const bad = broken.get(id(type, key));
    if (bad !== undefined) return { brokenRow: bad };
    return existing[STORE[type]].get(uniqueKey(key))?.id ?? null;
  };

  const fail = (row: ValidRow, column: string, message: string, params?: ImportIssue['params']) => {
    issues.push({ file: row.file, row: row.row, column, message, ...(params ? { params } : {}) });
    broken.set(id(row.type, row.key), row.row);
  };

  /** Resolves a row's references into `write`; false (with an issue) when one does not resolve. */
  const resolveRefs = (row: ValidRow, refs: Record<string, unknown>): boolean => {
    for (const [name, key] of Object.entries(row.refs) as [keyof typeof REF_FIELD, string | null][]) {
      if (key === null) {
        refs[REF_FIELD[name]] = null;
        continue;
      }
      const found = resolve(REF_TYPE[name], key);
      if (found === null) return (fail(row, REF_COLUMN[name], 'plantImport.errors.unknownReference'), false);
      if (typeof found !== 'string') {
        fail(row, REF_COLUMN[name], 'plantImport.errors.referenceHasErrors', { row: found.brokenRow });
        return false;
      }
      refs[REF_FIELD[name]] = found;
    }
    return true;
  };

  const plan = (row: ValidRow) => {
    const refs: Record<string, unknown> = {};
    if (!resolveRefs(row, refs)) return;
    const stored: Existing | undefined = existing[STORE[row.type]].get(uniqueKey(row.key));
    const values = { ...row.data, ...refs };
    if (row.type === 'signal' && stored && !checkStoredLimits(row, stored, fail)) return;
    // As in the API, a unit stays in its site.
    if (row.type === 'unit' && stored && refs.siteId !== stored.fields.siteId) {
      return fail(row, 'site_code', 'plantImport.errors.unitSiteFixed');
    }
    if (row.type === 'asset' && !parentAllowed(row, refs.parentId as string | null | undefined)) return;
    const keyField = row.type === 'site' || row.type === 'unit' ? 'codeKey' : 'tagKey';
    let result: PlannedRow;
    if (!stored) {
      result = {
        source: row,
        id: crypto.randomUUID(),
        action: 'create',
        write: { ...values, [keyField]: uniqueKey(row.key) },
      };
    } else {
      const write: Record<string, unknown> = {};
      for (const field of row.given) {
        const value = values[field];
        if (!same(value, stored.fields[field])) write[field] = value ?? null;
      }
      if (write[KEY_FIELD[row.type]] !== undefined) write[keyField] = uniqueKey(row.key);
      result = { source: row, id: stored.id, action: Object.keys(write).length ? 'update' : 'unchanged', write };
    }
    planned.set(id(row.type, row.key), result);
  };

  /** The parent a tag has after this import (the file's when it sets one), as a key. */
  const parentKeyOf = (key: string): string | null => {
    const inFile = planned.get(id('asset', key));
    if (inFile && inFile.source.refs.parent !== undefined)
      return inFile.source.refs.parent ? uniqueKey(inFile.source.refs.parent) : null;
    const parentId = existing.assets.get(uniqueKey(key))?.fields.parentId as string | null | undefined;
    return parentId ? (existing.assetKeyById.get(parentId) ?? null) : null;
  };
  const parentAllowed = (row: ValidRow, parentId: string | null | undefined) => {
    if (!parentId || !row.refs.parent) return true;
    let cursor: string | null = uniqueKey(row.refs.parent);
    for (let depth = 0; cursor; depth++) {
      if (cursor === uniqueKey(row.key) || depth > 100)
        return (fail(row, 'parent_tag', 'plant.validation.parentCycle'), false);
      cursor = parentKeyOf(cursor);
    }
    return true;
  };

  for (const type of ['site', 'unit'] as const) valid.filter((r) => r.type === type).forEach(plan);
  // Assets whose parent is another asset of the file wait for it; what never resolves is a cycle.
  let pending = valid.filter((r) => r.type === 'asset');
  while (pending.length > 0) {
    const pendingKeys = new Set(pending.map((r) => uniqueKey(r.key)));
    const waiting = (r: ValidRow) => {
      const parent = r.refs.parent ? uniqueKey(r.refs.parent) : null;
      return parent !== null && parent !== uniqueKey(r.key) && pendingKeys.has(parent);
    };
    const ready = pending.filter((r) => !waiting(r));
    if (ready.length === 0) {
      for (const r of pending) fail(r, 'parent_tag', 'plant.validation.parentCycle');
      break;
    }
    pending = pending.filter(waiting);
    ready.forEach(plan);
  }
  valid.filter((r) => r.type === 'signal').forEach(plan);
  return { planned: [...planned.values()], issues };
}

/** A signal update keeps the stored limits the file has no column for: all must stay in order. */
function checkStoredLimits(
  row: ValidRow,
  stored: Existing,
  fail: (row: ValidRow, column: string, message: string) => void,
): boolean {
  const limits: SignalLimits = {};
  for (const f of LIMIT_FIELDS) {
    limits[f] = (row.given.includes(f) ? row.data[f] : stored.fields[f]) as number | null;
  }
  const bad = limitOrderErrors(
    limits,
    LIMIT_FIELDS.filter((f) => row.given.includes(f)),
  );
  if (bad.length === 0) return true;
  fail(
    row,
    bad[0]!.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
    'plant.validation.limitsOrder',
  );
  return false;
}
