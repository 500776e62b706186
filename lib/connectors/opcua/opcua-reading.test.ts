// Plain objects shaped like node-opcua's DataValue/Variant (importing node-opcua itself costs a
// second per test file); the status codes are OPC UA's numbers (Part 6, StatusCode.csv).
import type { DataValue, Variant } from 'node-opcua-client';
import { numericValue, qualityOf, readingOf } from './opcua-reading';

const STATUS = {
  Good: 0x00000000,
  GoodClamped: 0x00300000,
  UncertainLastUsableValue: 0x40900000,
  UncertainSensorNotAccurate: 0x40930000,
  BadSensorFailure: 0x808c0000,
  BadCommunicationError: 0x80050000,
  BadNodeIdUnknown: 0x80340000,
};
const SCALAR = 0;
const ARRAY = 1;

const received = new Date('2026-12-01T10:00:00Z');
const source = new Date('2026-12-01T09:59:58Z');
const server = new Date('2026-12-01T09:59:59Z');

const variant = (value: unknown, arrayType = SCALAR) => ({ value, arrayType }) as unknown as Variant;
const dataValue = (fields: {
  value?: unknown;
  status?: keyof typeof STATUS;
  sourceTimestamp?: Date;
  serverTimestamp?: Date;
}) =>
  ({
    value: variant(fields.value ?? null),
    statusCode: { value: STATUS[fields.status ?? 'Good'] },
    sourceTimestamp: fields.sourceTimestamp ?? null,
    serverTimestamp: fields.serverTimestamp ?? null,
  }) as unknown as DataValue;

describe('OPC UA status code → quality', () => {
  it.each([
    ['Good', 'good'],
    ['GoodClamped', 'good'],
    ['UncertainLastUsableValue', 'uncertain'],
    ['UncertainSensorNotAccurate', 'uncertain'],
    ['BadSensorFailure', 'bad'],
    ['BadCommunicationError', 'bad'],
    ['BadNodeIdUnknown', 'bad'],
  ] as const)('%s is %s', (name, quality) => {
    expect(qualityOf({ value: STATUS[name] })).toBe(quality);
  });

  it('treats a missing status code as Good (OPC UA omits Good on the wire)', () => {
    expect(qualityOf(null)).toBe('good');
  });
});

describe('OPC UA DataValue → Reading', () => {
  it('uses the source timestamp, else the server timestamp, else the time of receipt', () => {
    expect(
      readingOf('ns=1;s=T', dataValue({ value: 1, sourceTimestamp: source, serverTimestamp: server }), received),
    ).toEqual({
      externalTag: 'ns=1;s=T',
      ts: source,
      value: 1,
      quality: 'good',
    });
    expect(readingOf('t', dataValue({ value: 1, serverTimestamp: server }), received)?.ts).toEqual(server);
    expect(readingOf('t', dataValue({ value: 1 }), received)?.ts).toEqual(received);
    // DateTime 0 (1601-01-01) means "no time"
    const never = new Date(Date.UTC(1601, 0, 1));
    expect(readingOf('t', dataValue({ value: 1, sourceTimestamp: never }), received)?.ts).toEqual(received);
  });

  it('keeps a Bad value with bad quality, and drops a value that is no number', () => {
    expect(readingOf('t', dataValue({ value: 0.5, status: 'BadSensorFailure' }), received)).toMatchObject({
      value: 0.5,
      quality: 'bad',
    });
    expect(readingOf('t', dataValue({ status: 'BadSensorFailure' }), received)).toBeNull();
    expect(readingOf('t', dataValue({ value: 'on' }), received)).toBeNull();
  });

  it('reads numbers, booleans and 64-bit integers ([high, low] words)', () => {
    expect(numericValue(variant(2.5))).toBe(2.5);
    expect(numericValue(variant(-7))).toBe(-7);
    expect(numericValue(variant(true))).toBe(1);
    expect(numericValue(variant([1, 5]))).toBe(2 ** 32 + 5);
    expect(numericValue(variant(Number.NaN))).toBeNull();
    expect(numericValue(variant([1, 2], ARRAY))).toBeNull();
    expect(numericValue(null)).toBeNull();
  });
});
