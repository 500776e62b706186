/**
 * Checks each CSV row with the very zod schemas the API uses (ZCreateSite/Unit/Asset/Signal), so
 * the import and the forms cannot disagree on a rule. References (site_code, unit_code, asset_tag,
 * parent_tag) are stand-in ids here; plan-import.ts resolves them against the file and the database.
 * Browser-safe.
 */
import type { z } from 'zod';
import { ZCreateSite, ZCreateUnit } from '../plant/site-schemas';
import { ZCreateAsset } from '../plant/asset-schemas';
import { LIMIT_FIELDS, ZCreateSignal } from '../plant/signal-schemas';
import { uniqueKey } from '../plant/plant-text';
import { isRecordType, KEY_COLUMN, normalizeEnum, type Column, type RecordType } from './csv-layout';
import type { CsvRow, ImportIssue } from './parse-csv';

/** Where each schema field comes from. References map to the code/tag column that names them. */
const FIELD_COLUMNS: Record<RecordType, Record<string, Column>> = {
  site: { code: 'site_code', nameAr: 'name_ar', nameEn: 'name_en' },
  unit: { code: 'unit_code', siteId: 'site_code', nameAr: 'name_ar', nameEn: 'name_en' },
  asset: {
    tag: 'asset_tag',
    unitId: 'unit_code',
    parentId: 'parent_tag',
    nameAr: 'name_ar',
    nameEn: 'name_en',
    type: 'type',
    criticality: 'criticality',
    status: 'status',
    manufacturer: 'manufacturer',
    model: 'model',
    installDate: 'install_date',
  },
  signal: {
    tag: 'signal_tag',
    assetId: 'asset_tag',
    description: 'description',
    unit: 'eng_unit',
    kind: 'kind',
    criticalLow: 'critical_low',
    warningLow: 'warning_low',
    normalLow: 'normal_low',
    normalHigh: 'normal_high',
    warningHigh: 'warning_high',
    criticalHigh: 'critical_high',
    sampleIntervalSeconds: 'sample_interval_s',
  },
};

const SCHEMAS: Record<RecordType, z.ZodType> = {
  site: ZCreateSite,
  unit: ZCreateUnit,
  asset: ZCreateAsset,
  signal: ZCreateSignal,
};

const REFERENCE_FIELDS = new Set(['siteId', 'unitId', 'parentId', 'assetId']);
const NUMBER_FIELDS = new Set<string>([...LIMIT_FIELDS, 'sampleIntervalSeconds']);
const ENUM_FIELDS = new Set(['type', 'status', 'kind']);
/** Stands in for a referenced id until the reference is resolved. */
const STAND_IN_ID = '00000000-0000-4000-8000-000000000000';

/** A row that passed its schema. `data` holds the schema's output without the reference ids. */
export interface ValidRow {
  file: string;
  row: number;
  type: RecordType;
  key: string;
  /** the codes/tags this row refers to (`parent` is null when the parent_tag cell is blank) */
  refs: { site?: string; unit?: string; asset?: string; parent?: string | null };
  data: Record<string, unknown>;
  /** the schema fields whose columns the file has: only these are written on an update */
  given: string[];
}

/** A cell as the schema expects it: numbers parsed (blank = null), enums normalized. */
function cellValue(field: string, cell: string): unknown {
  if (NUMBER_FIELDS.has(field)) {
    if (cell === '') return null;
    const n = Number(cell);
    return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cell) && Number.isFinite(n) ? n : cell;
  }
  if (ENUM_FIELDS.has(field)) return normalizeEnum(cell);
  if (field === 'criticality') return cell.trim().toUpperCase();
  return cell;
}

/** One row: a ValidRow or its issues (each on a column, message keys from the API schemas). */
export function validateRow(row: CsvRow): { valid: ValidRow | null; issues: ImportIssue[] } {
  const at = (column: string | null, message: string, params?: ImportIssue['params']): ImportIssue => ({
    file: row.file,
    row: row.row,
    column,
    message,
    ...(params ? { params } : {}),
  });
  const record = (row.cells.record ?? '').toLowerCase();
  if (!isRecordType(record)) return { valid: null, issues: [at('record', 'plantImport.errors.record')] };
  const columns = FIELD_COLUMNS[record];
  const input: Record<string, unknown> = {};
  const given: string[] = [];
  const refs: ValidRow['refs'] = {};
  for (const [field, column] of Object.entries(columns)) {
    const cell = row.cells[column];
    // A blank status means "leave it" (new assets are active), not "clear it".
    if (cell === undefined || (field === 'status' && cell === '')) continue;
    given.push(field);
    if (field === 'parentId') {
      refs.parent = cell === '' ? null : cell;
      input.parentId = cell === '' ? null : STAND_IN_ID;
    } else if (REFERENCE_FIELDS.has(field)) {
      refs[{ siteId: 'site', unitId: 'unit', assetId: 'asset' }[field] as 'site' | 'unit' | 'asset'] = cell;
      // A blank reference fails the schema's id check, reported on its column below.
      input[field] = cell === '' ? '' : STAND_IN_ID;
    } else {
      input[field] = cellValue(field, cell);
    }
  }
  const result = SCHEMAS[record].safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '');
      const column = columns[field] ?? null;
      // A blank reference: "required", not the schema's "not a valid identifier".
      const message = REFERENCE_FIELDS.has(field) ? 'plantImport.errors.required' : issue.message;
      return at(column, message);
    });
    return { valid: null, issues: dedupe(issues) };
  }
  const data = { ...(result.data as Record<string, unknown>) };
  for (const field of REFERENCE_FIELDS) delete data[field];
  const key = String(data.code ?? data.tag);
  return { valid: { file: row.file, row: row.row, type: record, key, refs, data, given }, issues: [] };
}

const dedupe = (issues: ImportIssue[]) =>
  issues.filter((a, i) => issues.findIndex((b) => b.column === a.column && b.message === a.message) === i);

/**
 * All rows of an import: each checked, then codes/tags given twice for the same record type are
 * refused on every later row (the first one stands), case-insensitively like the database.
 */
export function validateRows(rows: CsvRow[]): { valid: ValidRow[]; issues: ImportIssue[] } {
  const valid: ValidRow[] = [];
  const issues: ImportIssue[] = [];
  const seen = new Map<string, ValidRow>();
  for (const row of rows) {
    const checked = validateRow(row);
    issues.push(...checked.issues);
    if (!checked.valid) continue;
    const id = `${checked.valid.type}:${uniqueKey(checked.valid.key)}`;
    const first = seen.get(id);
    if (first) {
      issues.push({
        file: row.file,
        row: row.row,
        column: KEY_COLUMN[checked.valid.type],
        message: 'plantImport.errors.duplicateKey',
        params: { row: first.row, file: first.file },
      });
      continue;
    }
    seen.set(id, checked.valid);
    valid.push(checked.valid);
  }
  return { valid, issues };
}
