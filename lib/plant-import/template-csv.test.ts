import { parseCsv } from './parse-csv';
import { validateRows } from './validate-rows';
import { templateCsv } from './template-csv';
import { COLUMNS, RECORD_TYPES } from './csv-layout';

describe('the CSV template', () => {
  it('has every column and one valid row per record type, and starts with a BOM for Excel', () => {
    const text = templateCsv();
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv('template.csv', new TextEncoder().encode(text));
    expect(parsed.issues).toEqual([]);
    expect(parsed.columns).toEqual([...COLUMNS]);
    const checked = validateRows(parsed.rows);
    expect(checked.issues).toEqual([]);
    expect(checked.valid.map((r) => r.type)).toEqual([...RECORD_TYPES]);
    expect(checked.valid.find((r) => r.type === 'site')?.data.nameAr).toBe('مجمع الرياض');
  });
});
