/** before/after as rows: one per field of either side (objects), or one row for plain values. */
export interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

export function changeRows(before: unknown, after: unknown): ChangeRow[] {
  if (before == null && after == null) return [];
  if ((before == null || isRecord(before)) && (after == null || isRecord(after))) {
    const b = (before ?? {}) as Record<string, unknown>;
    const a = (after ?? {}) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return fields.map((field) => ({
      field,
      before: b[field],
      after: a[field],
      changed: JSON.stringify(b[field]) !== JSON.stringify(a[field]),
    }));
  }
  return [{ field: '', before, after, changed: JSON.stringify(before) !== JSON.stringify(after) }];
}

/** A value as text: strings as they are, everything else as compact JSON; absent is null. */
export function formatValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, isRecord(value) || Array.isArray(value) ? 2 : undefined);
}
