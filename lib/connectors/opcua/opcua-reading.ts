/**
 * One OPC UA DataValue → one Reading: status code → quality, source timestamp else server
 * timestamp else receipt, and the value as a number (docs/integrations.md#opc-ua).
 */
import type { DataValue, StatusCode, Variant } from 'node-opcua-client';
import type { Reading, ReadingQuality } from '../connector';

/**
 * The severity bits (30–31) of an OPC UA StatusCode (Part 4, 7.39): 00 Good, 01 Uncertain,
 * 10/11 Bad. Info bits (e.g. "GoodClamped", overflow) do not change the severity.
 */
export function qualityOf(statusCode: Pick<StatusCode, 'value'> | null | undefined): ReadingQuality {
  const severity = ((statusCode?.value ?? 0) >>> 30) & 0b11;
  if (severity === 0) return 'good';
  if (severity === 1) return 'uncertain';
  return 'bad';
}

/** OPC UA's "no time" is DateTime 0 (1601-01-01); any time at or before 1970 counts as none. */
function usable(ts: Date | null | undefined) {
  return ts instanceof Date && ts.getTime() > 0 ? ts : null;
}

/**
 * A finite number for numeric and boolean scalars (Int64/UInt64 arrive as [high, low] words),
 * null for anything else (strings, arrays, structures, an empty Bad value).
 */
export function numericValue(variant: Variant | null | undefined): number | null {
  const value: unknown = variant?.value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  if (variant?.arrayType === 0 /* Scalar */ && Array.isArray(value) && value.length === 2) {
    const [high, low] = value as unknown[];
    if (typeof high === 'number' && typeof low === 'number') return high * 2 ** 32 + low;
  }
  return null;
}

/** The Reading for `dataValue`, or null when it carries no number. */
export function readingOf(externalTag: string, dataValue: DataValue, receivedAt: Date): Reading | null {
  const value = numericValue(dataValue.value);
  if (value === null) return null;
  const ts = usable(dataValue.sourceTimestamp) ?? usable(dataValue.serverTimestamp) ?? receivedAt;
  return { externalTag, ts, value, quality: qualityOf(dataValue.statusCode) };
}
