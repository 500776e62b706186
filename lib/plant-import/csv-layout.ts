/**
 * The plant-model CSV layout (docs/plant-model.md → "Bulk import from CSV"), browser-safe.
 * One sheet, one row per object; the `record` column says what the row is. Each row names what it
 * belongs to by code/tag (a unit its `site_code`, an asset its `unit_code`, a signal its
 * `asset_tag`), the way a plant register in Excel already reads. A file may hold any mix of
 * records, and an import may consist of several files (one per sheet) with the same header names.
 */

export const RECORD_TYPES = ['site', 'unit', 'asset', 'signal'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const COLUMNS = [
  'record',
  'site_code',
  'unit_code',
  'asset_tag',
  'parent_tag',
  'signal_tag',
  'name_ar',
  'name_en',
  'type',
  'criticality',
  'status',
  'manufacturer',
  'model',
  'install_date',
  'description',
  'eng_unit',
  'kind',
  'critical_low',
  'warning_low',
  'normal_low',
  'normal_high',
  'warning_high',
  'critical_high',
  'sample_interval_s',
] as const;
export type Column = (typeof COLUMNS)[number];

/** The columns a record needs in the header (its key, its owner, and required fields). */
export const REQUIRED_COLUMNS: Record<RecordType, readonly Column[]> = {
  site: ['site_code', 'name_ar', 'name_en'],
  unit: ['unit_code', 'site_code', 'name_ar', 'name_en'],
  asset: ['asset_tag', 'unit_code', 'name_ar', 'name_en', 'type', 'criticality'],
  signal: ['signal_tag', 'asset_tag', 'kind'],
};

/** The column holding each record's own key (code or tag). */
export const KEY_COLUMN: Record<RecordType, Column> = {
  site: 'site_code',
  unit: 'unit_code',
  asset: 'asset_tag',
  signal: 'signal_tag',
};

/** Limits on one import (all files together); docs/plant-model.md repeats them. */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;
export const MAX_IMPORT_FILES = 10;

/** A header cell as written by a person or Excel: case, spaces and dashes do not matter. */
export const normalizeHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** An enum cell the way people type it: `Heat Exchanger` → `heat_exchanger`. */
export const normalizeEnum = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export const isColumn = (value: string): value is Column => (COLUMNS as readonly string[]).includes(value);
export const isRecordType = (value: string): value is RecordType => (RECORD_TYPES as readonly string[]).includes(value);

/** A template with one row of each record (served as /templates/plant-import.csv). */
export const TEMPLATE_ROWS: Partial<Record<Column, string>>[] = [
  { record: 'site', site_code: 'RYD-1', name_ar: 'مجمع الرياض', name_en: 'Riyadh complex' },
  { record: 'unit', site_code: 'RYD-1', unit_code: 'U-100', name_ar: 'وحدة التقطير', name_en: 'Distillation unit' },
  {
    record: 'asset',
    unit_code: 'U-100',
    asset_tag: 'P-101A',
    name_ar: 'مضخة التغذية أ',
    name_en: 'Feed pump A',
    type: 'pump',
    criticality: 'A',
    manufacturer: 'Flowserve',
    install_date: '2019-05-01',
  },
  {
    record: 'signal',
    asset_tag: 'P-101A',
    signal_tag: 'U100.P101A.PT',
    description: 'Discharge pressure',
    eng_unit: 'kPa',
    kind: 'measurement',
    critical_low: '100',
    warning_low: '150',
    normal_low: '200',
    normal_high: '800',
    warning_high: '850',
    critical_high: '900',
    sample_interval_s: '5',
  },
];
