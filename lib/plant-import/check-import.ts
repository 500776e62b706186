import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { AppError } from '../http/app-error';
import { assertCan, type PlantActor } from '../plant/plant-actor';
import { KEY_COLUMN, MAX_IMPORT_BYTES, MAX_IMPORT_FILES, MAX_IMPORT_ROWS, type RecordType } from './csv-layout';
import { parseCsv, type CsvRow, type ImportIssue } from './parse-csv';
import { validateRows } from './validate-rows';
import { loadExisting } from './load-existing';
import { planImport, type PlannedRow, type RowAction } from './plan-import';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** One row as the preview lists it. `action` is null for a row with issues. */
export interface PreviewRow {
  file: string;
  row: number;
  record: string;
  key: string;
  nameAr: string;
  nameEn: string;
  action: RowAction | null;
}

export type Counts = Record<RecordType, number>;
export interface ImportSummary {
  rows: number;
  invalidRows: number;
  create: Counts;
  update: Counts;
  unchanged: Counts;
}

export interface CheckedImport {
  rows: PreviewRow[];
  issues: ImportIssue[];
  planned: PlannedRow[];
  summary: ImportSummary;
}

const counts = (): Counts => ({ site: 0, unit: 0, asset: 0, signal: 0 });

/** Refuses an import over the limits (413), before anything is parsed. */
export function assertWithinLimits(files: ImportFile[]) {
  const bytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
  if (files.length === 0) throw new AppError('import_no_file', 400, 'plantImport.errors.noFile');
  if (files.length > MAX_IMPORT_FILES || bytes > MAX_IMPORT_BYTES) {
    throw new AppError('import_too_large', 413, 'plantImport.errors.tooLarge', {
      maxBytes: MAX_IMPORT_BYTES,
      maxFiles: MAX_IMPORT_FILES,
    });
  }
}

/**
 * Parses, validates and plans an import without writing: every row with its action (create /
 * update / unchanged) or its issues. 413 over the size limits or MAX_IMPORT_ROWS rows; 403 for a
 * role that may not change assets and signals.
 */
export async function checkImport(actor: PlantActor, files: ImportFile[]): Promise<CheckedImport> {
  assertCan(actor, 'assets.manage');
  assertCan(actor, 'signals.manage');
  assertWithinLimits(files);
  const issues: ImportIssue[] = [];
  const rows: CsvRow[] = [];
  for (const file of files) {
    const parsed = parseCsv(file.name, file.bytes);
    issues.push(...parsed.issues);
    rows.push(...parsed.rows);
    if (rows.length > MAX_IMPORT_ROWS) {
      throw new AppError('import_too_large', 413, 'plantImport.errors.tooManyRows', { maxRows: MAX_IMPORT_ROWS });
    }
  }
  const validated = validateRows(rows);
  issues.push(...validated.issues);
  const existing = await loadExisting(tenantDb(actor), validated.valid);
  const plan = planImport(rows, validated.valid, existing);
  issues.push(...plan.issues);

  const byRow = new Map(plan.planned.map((p) => [`${p.source.file}\u0000${p.source.row}`, p]));
  const summary: ImportSummary = {
    rows: rows.length,
    invalidRows: 0,
    create: counts(),
    update: counts(),
    unchanged: counts(),
  };
  const preview = rows.map((r): PreviewRow => {
    const p = byRow.get(`${r.file}\u0000${r.row}`);
    const record = (r.cells.record ?? '').toLowerCase();
    if (p) summary[p.action][p.source.type] += 1;
    else summary.invalidRows += 1;
    const keyColumn = KEY_COLUMN[record as RecordType];
    return {
      file: r.file,
      row: r.row,
      record,
      key: keyColumn ? (r.cells[keyColumn] ?? '') : '',
      nameAr: r.cells.name_ar ?? r.cells.description ?? '',
      nameEn: r.cells.name_en ?? r.cells.description ?? '',
      action: p?.action ?? null,
    };
  });
  issues.sort((a, b) => (a.file === b.file ? a.row - b.row : a.file < b.file ? -1 : 1));
  return { rows: preview, issues, planned: plan.planned, summary };
}
