/**
 * NASA C-MAPSS FD001 (data/cmapss): one row per engine cycle, 26 space-separated columns
 * (unit, cycle, 3 operational settings, sensors 1…21). Each training engine runs to failure.
 */
import { memo, readDataFile } from './data-files';

export interface CmapssRow {
  unit: number;
  cycle: number;
  settings: [number, number, number];
  /** sensors[0] is sensor 1 */
  sensors: number[];
}

export const CMAPSS_SENSOR_COUNT = 21;

/**
 * The sensors that change as FD001 engines degrade (the others — 1, 5, 6, 10, 16, 18, 19 — are
 * constant in FD001): the demo turbines' signals and the health model's inputs. `tag` is the
 * mnemonic of Saxena et al., PHM08, table 2.
 */
export const CMAPSS_INFORMATIVE_SENSORS = [
  { sensor: 2, tag: 'T24', descriptionEn: 'Total temperature at LPC outlet', unit: '°R' },
  { sensor: 3, tag: 'T30', descriptionEn: 'Total temperature at HPC outlet', unit: '°R' },
  { sensor: 4, tag: 'T50', descriptionEn: 'Total temperature at LPT outlet', unit: '°R' },
  { sensor: 7, tag: 'P30', descriptionEn: 'Total pressure at HPC outlet', unit: 'psia' },
  { sensor: 8, tag: 'Nf', descriptionEn: 'Physical fan speed', unit: 'rpm' },
  { sensor: 9, tag: 'Nc', descriptionEn: 'Physical core speed', unit: 'rpm' },
  { sensor: 11, tag: 'Ps30', descriptionEn: 'Static pressure at HPC outlet', unit: 'psia' },
  { sensor: 12, tag: 'phi', descriptionEn: 'Ratio of fuel flow to Ps30', unit: 'pps/psi' },
  { sensor: 13, tag: 'NRf', descriptionEn: 'Corrected fan speed', unit: 'rpm' },
  { sensor: 14, tag: 'NRc', descriptionEn: 'Corrected core speed', unit: 'rpm' },
  { sensor: 15, tag: 'BPR', descriptionEn: 'Bypass ratio', unit: '-' },
  { sensor: 17, tag: 'htBleed', descriptionEn: 'Bleed enthalpy', unit: '-' },
  { sensor: 20, tag: 'W31', descriptionEn: 'HPT coolant bleed', unit: 'lbm/s' },
  { sensor: 21, tag: 'W32', descriptionEn: 'LPT coolant bleed', unit: 'lbm/s' },
] as const;

/** Text of train_/test_FD001 → rows in file order. Throws on a line that is not 26 numbers. */
export function parseCmapss(text: string): CmapssRow[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((line, i) => {
      const v = line.split(/\s+/).map(Number);
      if (v.length !== 5 + CMAPSS_SENSOR_COUNT || v.some((x) => !Number.isFinite(x))) {
        throw new Error(`C-MAPSS: line ${i + 1} is not ${5 + CMAPSS_SENSOR_COUNT} numbers`);
      }
      const [unit, cycle, s1, s2, s3] = v as [number, number, number, number, number];
      return { unit, cycle, settings: [s1, s2, s3], sensors: v.slice(5) };
    });
}

/** Parses `RUL_FD00x.txt`: one true remaining-cycles number per test engine, in unit order. */
export function parseCmapssRul(text: string): number[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, index) => {
      const value = Number(line);
      if (!Number.isFinite(value)) throw new Error(`RUL line ${index + 1}: not a number`);
      return value;
    });
}

/** The rows of one engine, in cycle order. */
export function engineRows(rows: CmapssRow[], unit: number): CmapssRow[] {
  return rows.filter((r) => r.unit === unit).sort((a, b) => a.cycle - b.cycle);
}

export const loadCmapssTrain = memo(() => parseCmapss(readDataFile('cmapss/train_FD001.txt')));
