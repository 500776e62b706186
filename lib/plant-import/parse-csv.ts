/**
 * CSV bytes → header-checked rows, browser-safe. Decoding is strict UTF-8 (TextDecoder `fatal`): a
 * file saved as Windows-1256 or Latin-1 would otherwise turn Arabic names into mojibake silently.
 * A leading BOM (Excel's "CSV UTF-8") is dropped. Parsing is papaparse (RFC 4180 quotes, CRLF,
 * delimiter detection for `;`-separated exports from European Excel settings).
 */
import Papa from 'papaparse';
import { isColumn, isRecordType, normalizeHeader, REQUIRED_COLUMNS, type Column } from './csv-layout';

/** A problem with a cell, a row or the whole file; `message` is a message key, `params` fill it. */
export interface ImportIssue {
  file: string;
  /** the row as Excel numbers it (the header is row 1); 1 for header problems, 0 for the file */
  row: number;
  column: string | null;
  message: string;
  params?: Record<string, string | number>;
}

export interface CsvRow {
  file: string;
  row: number;
  cells: Partial<Record<Column, string>>;
}

export interface ParsedFile {
  rows: CsvRow[];
  columns: Column[];
  issues: ImportIssue[];
}

/** Decodes strict UTF-8 (BOM dropped); null when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

const fileIssue = (file: string, message: string, params?: ImportIssue['params']): ParsedFile => ({
  rows: [],
  columns: [],
  issues: [{ file, row: 0, column: null, message, ...(params ? { params } : {}) }],
});

/**
 * Parses one file. File-level problems (not UTF-8, no header, unknown or duplicate columns, a
 * column a record type needs but the header lacks) come back as issues and no rows.
 */
export function parseCsv(file: string, bytes: Uint8Array): ParsedFile {
  const text = decodeUtf8(bytes);
  if (text === null) return fileIssue(file, 'plantImport.errors.notUtf8');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header, ...body] = parsed.data;
  if (!header || header.length === 0) return fileIssue(file, 'plantImport.errors.empty');
  const issues: ImportIssue[] = [];
  const columns = header.map(normalizeHeader);
  columns.forEach((name, i) => {
    if (!isColumn(name)) {
      issues.push({ file, row: 1, column: header[i]!.trim(), message: 'plantImport.errors.unknownColumn' });
    } else if (columns.indexOf(name) !== i) {
      issues.push({ file, row: 1, column: name, message: 'plantImport.errors.duplicateColumn' });
    }
  });
  if (!columns.includes('record'))
    issues.push({ file, row: 1, column: 'record', message: 'plantImport.errors.missingColumn' });
  if (issues.length > 0) return { rows: [], columns: [], issues };

  const known = columns as Column[];
  const rows = body.map((cells, i) => ({
    file,
    row: i + 2,
    cells: Object.fromEntries(known.map((c, j) => [c, (cells[j] ?? '').trim()])) as CsvRow['cells'],
  }));
  for (const r of rows) {
    if (body[r.row - 2]!.length > known.length) {
      issues.push({ file, row: r.row, column: null, message: 'plantImport.errors.extraCells' });
    }
  }
  // A column the file's records need but its header lacks: one issue on the header, not one per row.
  const types = new Set(rows.map((r) => r.cells.record?.toLowerCase() ?? '').filter(isRecordType));
  for (const type of types) {
    for (const column of REQUIRED_COLUMNS[type]) {
      if (!known.includes(column)) {
        issues.push({ file, row: 1, column, message: 'plantImport.errors.missingColumnFor', params: { record: type } });
      }
    }
  }
  if (issues.some((i) => i.row === 1)) return { rows: [], columns: [], issues };
  return { rows, columns: known, issues };
}
