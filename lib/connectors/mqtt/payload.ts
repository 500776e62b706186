/**
 * MQTT payload → readings (pure). Formats (config.payload):
 *   number: the payload text is one number                → { externalTag: topic, ts: receipt }
 *   json:   a number, or an object whose `valuePath` (default `value`) holds the value and whose
 *           optional `timestampPath` holds the source time (`timestampUnit` iso | ms | s; without a
 *           unit, numbers are ms when ≥ 1e11 else s, strings ISO 8601)  → externalTag = topic;
 *           every other numeric field (up to MAX_FIELDS, depth MAX_DEPTH) → `topic#a.b`.
 * Booleans count as 1/0; numeric strings as their number. A message that yields no value is one
 * reading of `topic` with value NaN and quality bad: the pipeline counts it as invalid
 * (lib/ingest rejects non-finite values) instead of the connector dropping it silently.
 */
import type { Reading } from '../connector';
import type { MqttPayload } from './config';

const MAX_FIELDS = 100;
const MAX_DEPTH = 6;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function readingsFromPayload(topic: string, payload: Buffer, format: MqttPayload, receivedAt: Date): Reading[] {
  const text = payload.toString('utf8').trim();
  if (format.format === 'number') return [reading(topic, receivedAt, toNumber(text))];

  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return [reading(topic, receivedAt, NaN)];
  }
  if (typeof document !== 'object' || document === null) return [reading(topic, receivedAt, toNumber(document))];

  const valuePath = format.valuePath ?? 'value';
  const ts = format.timestampPath ? toDate(at(document, format.timestampPath), format.timestampUnit) : receivedAt;
  const readings: Reading[] = [];
  const value = at(document, valuePath);
  if (value !== undefined) readings.push(reading(topic, ts, toNumber(value)));
  const skip = new Set([valuePath, format.timestampPath]);
  for (const [path, field] of numericFields(document)) {
    if (!skip.has(path)) readings.push(reading(`${topic}#${path}`, ts, field));
  }
  return readings.length > 0 ? readings : [reading(topic, ts, NaN)];
}

function reading(externalTag: string, ts: Date, value: number): Reading {
  return { externalTag, ts, value, quality: Number.isFinite(value) && Number.isFinite(ts.getTime()) ? 'good' : 'bad' };
}

/** The value at a dot path (`a.b.0`), or undefined. */
export function at(document: unknown, path: string): unknown {
  let node = document;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && NUMBER_TEXT.test(value.trim())) return Number(value);
  return NaN;
}

function toDate(value: unknown, unit: MqttPayload['timestampUnit']): Date {
  const numeric = typeof value === 'number' || (typeof value === 'string' && NUMBER_TEXT.test(value));
  if (unit === 'iso' || (!unit && !numeric)) return new Date(typeof value === 'string' ? value : NaN);
  if (!numeric) return new Date(NaN);
  const n = Number(value);
  const seconds = unit === 's' || (!unit && Math.abs(n) < 1e11);
  return new Date(seconds ? n * 1000 : n);
}

/** [dot path, value] of the numeric (and boolean) leaves, depth-first, bounded. */
function numericFields(document: object): [string, number][] {
  const out: [string, number][] = [];
  const walk = (node: unknown, path: string, depth: number) => {
    if (out.length >= MAX_FIELDS) return;
    if (typeof node === 'number' || typeof node === 'boolean') {
      if (path) out.push([path, toNumber(node)]);
    } else if (typeof node === 'object' && node !== null && depth < MAX_DEPTH) {
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key, depth + 1);
    }
  };
  walk(document, '', 0);
  return out;
}
