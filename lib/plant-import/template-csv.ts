import Papa from 'papaparse';
import { COLUMNS, TEMPLATE_ROWS } from './csv-layout';

/**
 * The downloadable template: every column, one example row per record type, CRLF line ends and a
 * BOM so that Excel opens it as UTF-8 (Arabic names intact).
 */
export function templateCsv(): string {
  const rows = TEMPLATE_ROWS.map((r) => COLUMNS.map((c) => r[c] ?? ''));
  return '\uFEFF' + Papa.unparse({ fields: [...COLUMNS], data: rows }, { newline: '\r\n' }) + '\r\n';
}
