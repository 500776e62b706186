import { parseCmapssRul } from '../../datasets/cmapss';
import { parseCmapssEngines } from './cmapss-engines';

const row = (unit: number, cycle: number, base: number) =>
  [unit, cycle, 0, 0, 100, ...Array.from({ length: 21 }, (_, i) => base + i + 1)].join(' ');

describe('parseCmapssEngines', () => {
  it('groups rows by unit and keeps each informative sensor in cycle order', () => {
    const engines = parseCmapssEngines([row(2, 1, 0), row(1, 2, 20), row(1, 1, 10), ''].join('\n'));
    expect(engines.map((e) => [e.unit, e.cycles])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    // Sensor k sits in column 5 + k (1-based): unit, cycle, three settings, then sensors 1…21.
    expect(engines[0]!.sensors.T24).toEqual([12, 22]);
    expect(engines[0]!.sensors.W32).toEqual([31, 41]);
  });

  it('rejects a short or non-numeric row instead of shifting columns', () => {
    expect(() => parseCmapssEngines('1 1 0 0')).toThrow('line 1');
    expect(() => parseCmapssEngines(row(1, 1, 0).replace('100', 'x'))).toThrow('line 1');
  });
});

describe('parseCmapssRul', () => {
  it('reads one number a line and rejects text', () => {
    expect(parseCmapssRul('112\n98 \n\n')).toEqual([112, 98]);
    expect(() => parseCmapssRul('12\nabc')).toThrow('line 2');
  });
});
