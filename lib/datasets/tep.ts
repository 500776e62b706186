/**
 * Tennessee Eastman Process files (Braatz distribution, data/tep): the runs (`raw/dNN.dat`,
 * `raw/dNN_te.dat`, one row every 3 minutes, 52 columns XMEAS(1..41), XMV(1..11)) and
 * `variables.csv` (the 52 columns in file order with their units; read with papaparse, the project's
 * CSV library).
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { memo, readDataFile } from './data-files';

export const TEP_COLUMNS = 52;
/** Minutes between two recorded rows of every TEP run. */
export const TEP_ROW_MINUTES = 3;

/** `d00.dat` is stored transposed (52 lines × 500 values); every other run is rows × 52. */
export type TepLayout = 'rows' | 'columns' | 'auto';

/**
 * A run as rows of 52 numbers. `auto` reads 52 values per line as rows and 52 lines of another
 * equal length as the transposed layout. Throws on anything else (ragged lines, non-numbers).
 */
export function parseTepRun(text: string, layout: TepLayout = 'auto'): number[][] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l, i) =>
      l.split(/\s+/).map((token) => {
        const value = Number(token);
        if (!Number.isFinite(value)) throw new Error(`TEP run: line ${i + 1} has a value that is not a number`);
        return value;
      }),
    );
  const width = lines[0]?.length ?? 0;
  if (lines.some((l) => l.length !== width)) throw new Error('TEP run: lines of different lengths');
  const transposed =
    layout === 'columns' || (layout === 'auto' && width !== TEP_COLUMNS && lines.length === TEP_COLUMNS);
  if (transposed) {
    if (lines.length !== TEP_COLUMNS) throw new Error(`TEP run: expected ${TEP_COLUMNS} lines, got ${lines.length}`);
    return Array.from({ length: width }, (_, row) => lines.map((column) => column[row] as number));
  }
  if (width !== TEP_COLUMNS) throw new Error(`TEP run: expected ${TEP_COLUMNS} values per row, got ${width}`);
  return lines;
}

const ZTepVariable = z.object({
  column_index: z.coerce
    .number()
    .int()
    .min(0)
    .max(TEP_COLUMNS - 1),
  column: z.string().min(1),
  tag: z.string().min(1),
  description: z.string().min(1),
  unit: z.string(),
  equipment_group: z.string().min(1),
  kind: z.enum(['measured', 'manipulated']),
});

export interface TepVariable {
  /** 0-based column in every run file */
  index: number;
  /** `XMEAS(7)`, `XMV(10)` */
  tag: string;
  description: string;
  /** engineering unit as written in variables.csv (`kPa gauge`, `degC`, `%`) */
  unit: string;
  equipmentGroup: string;
  kind: 'measured' | 'manipulated';
}

/** variables.csv → the 52 variables in column order. Throws when a row is malformed or one is missing. */
export function parseTepVariables(csv: string): TepVariable[] {
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), {
    header: true,
    skipEmptyLines: true,
    transform: (value) => value.trim(),
  });
  if (parsed.errors.length > 0) throw new Error(`variables.csv: ${parsed.errors[0]?.message}`);
  const records: unknown[] = parsed.data;
  const variables = records.map((record, i) => {
    const r = ZTepVariable.safeParse(record);
    if (!r.success) throw new Error(`variables.csv: row ${i + 2} is malformed`);
    return {
      index: r.data.column_index,
      tag: r.data.tag,
      description: r.data.description,
      unit: r.data.unit,
      equipmentGroup: r.data.equipment_group,
      kind: r.data.kind,
    };
  });
  if (variables.length !== TEP_COLUMNS || variables.some((v, i) => v.index !== i)) {
    throw new Error(`variables.csv: expected columns 0…${TEP_COLUMNS - 1} in order`);
  }
  return variables;
}

/** The shipped runs: `d00` (normal, 500 rows), `d00_te` (normal, 960 rows), `d01_te`… (fault from row 161). */
export const TEP_RUNS = ['d00', 'd00_te', 'd01_te', 'd02_te', 'd04_te', 'd05_te', 'd06_te', 'd07_te'] as const;
export type TepRunName = (typeof TEP_RUNS)[number];

const runCache = new Map<TepRunName, number[][]>();

/** A shipped run, parsed once per process (`d00` is read in its transposed layout). */
export function loadTepRun(name: TepRunName): number[][] {
  let rows = runCache.get(name);
  if (!rows) {
    rows = parseTepRun(readDataFile(`tep/raw/${name}.dat`), name === 'd00' ? 'columns' : 'rows');
    runCache.set(name, rows);
  }
  return rows;
}

export const loadTepVariables = memo(() => parseTepVariables(readDataFile('tep/variables.csv')));
