import { parseCmapss, parseRul } from './parse-cmapss';

const row = (unit: number, cycle: number, base: number) =>
  [unit, cycle, 0, 0, 100, ...Array.from({ length: 21 }, (_, i) => base + i + 1)].join(' ');

describe('parseCmapss', () => {
  it('groups rows by unit and keeps each informative sensor in cycle order', () => {
    const engines = parseCmapss([row(2, 1, 0), row(1, 1, 10), row(1, 2, 20), ''].join('\n'));
    expect(engines.map((e) => [e.unit, e.cycles])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    // Sensor k sits in column 5 + k (1-based): unit, cycle, three settings, then sensors 1…21.
    expect(engines[0]!.sensors.T24).toEqual([12, 22]);
    expect(engines[0]!.sensors.W32).toEqual([31, 41]);
  });

  it('rejects a short or non-numeric row instead of shifting columns', () => {
    expect(() => parseCmapss('1 1 0 0')).toThrow('line 1');
    expect(() => parseCmapss(row(1, 1, 0).replace('100', 'x'))).toThrow('line 1');
  });
});

describe('parseRul', () => {
  it('reads one number a line and rejects text', () => {
    expect(parseRul('112\n98 \n\n')).toEqual([112, 98]);
    expect(() => parseRul('12\nabc')).toThrow('line 2');
  });
});
