import { readingsFromPayload } from './payload';

const at = new Date('2026-11-30T12:00:00Z');
const read = (payload: string, format: Parameters<typeof readingsFromPayload>[2]) =>
  readingsFromPayload('plant/r1', Buffer.from(payload), format, at);

describe('readingsFromPayload', () => {
  it('reads a plain number stamped at receipt', () => {
    expect(read(' 42.5\n', { format: 'number' })).toEqual([
      { externalTag: 'plant/r1', ts: at, value: 42.5, quality: 'good' },
    ]);
  });

  it.each(['abc', '', '1,5', '0x10', 'NaN', 'Infinity'])('turns the non-number %j into one invalid reading', (text) => {
    expect(read(text, { format: 'number' })).toEqual([{ externalTag: 'plant/r1', ts: at, value: NaN, quality: 'bad' }]);
  });

  it('reads a JSON value by its dot path and the timestamp in each unit', () => {
    const ms = Date.parse('2026-11-30T11:59:00Z');
    const format = { format: 'json', valuePath: 'd.v', timestampPath: 'd.t' } as const;
    expect(read(JSON.stringify({ d: { v: 3, t: ms } }), { ...format, timestampUnit: 'ms' })[0]).toMatchObject({
      ts: new Date(ms),
      value: 3,
    });
    expect(read(JSON.stringify({ d: { v: 3, t: ms / 1000 } }), { ...format, timestampUnit: 's' })[0]!.ts).toEqual(
      new Date(ms),
    );
    expect(
      read(JSON.stringify({ d: { v: 3, t: '2026-11-30T11:59:00Z' } }), { ...format, timestampUnit: 'iso' })[0]!.ts,
    ).toEqual(new Date(ms));
    // without a unit: numbers below 1e11 are seconds, above are milliseconds, strings ISO
    expect(read(JSON.stringify({ d: { v: 3, t: ms / 1000 } }), format)[0]!.ts).toEqual(new Date(ms));
    expect(read(JSON.stringify({ d: { v: 3, t: ms } }), format)[0]!.ts).toEqual(new Date(ms));
  });

  it('gives the other numeric fields as topic#path, booleans as 1/0, numeric strings as numbers', () => {
    const readings = read(JSON.stringify({ value: '7.5', ts: 1, state: { running: true, rpm: 1450, name: 'P-1' } }), {
      format: 'json',
      timestampPath: 'ts',
    });
    expect(readings.map((r) => [r.externalTag, r.value])).toEqual([
      ['plant/r1', 7.5],
      ['plant/r1#state.running', 1],
      ['plant/r1#state.rpm', 1450],
    ]);
  });

  it('reads a bare JSON number, and marks broken JSON, missing values and bad timestamps invalid', () => {
    expect(read('12', { format: 'json' })).toEqual([{ externalTag: 'plant/r1', ts: at, value: 12, quality: 'good' }]);
    expect(read('{"value": 1', { format: 'json' })).toEqual([
      { externalTag: 'plant/r1', ts: at, value: NaN, quality: 'bad' },
    ]);
    expect(read('{"other": "x"}', { format: 'json' })).toEqual([
      { externalTag: 'plant/r1', ts: at, value: NaN, quality: 'bad' },
    ]);
    expect(read('{"value": "high"}', { format: 'json' })[0]).toMatchObject({ value: NaN, quality: 'bad' });
    const badTime = read('{"value": 1, "t": "yesterday"}', {
      format: 'json',
      timestampPath: 't',
      timestampUnit: 'iso',
    });
    expect(badTime[0]!.quality).toBe('bad');
    expect(Number.isNaN(badTime[0]!.ts.getTime())).toBe(true);
  });
});
