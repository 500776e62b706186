import { CMAPSS_INFORMATIVE_SENSORS, engineRows, loadCmapssTrain, parseCmapss } from './cmapss';

describe('C-MAPSS FD001 (the shipped training file)', () => {
  it('has 20,631 rows of 100 engines; the first row is engine 1, cycle 1, T24 641.82', () => {
    const rows = loadCmapssTrain();
    expect(rows).toHaveLength(20_631);
    expect(new Set(rows.map((r) => r.unit)).size).toBe(100);
    expect(rows[0]).toMatchObject({ unit: 1, cycle: 1, settings: [-0.0007, -0.0004, 100] });
    expect(rows[0]?.sensors).toHaveLength(21);
    expect(rows[0]?.sensors[0]).toBe(518.67);
    expect(rows[0]?.sensors[1]).toBe(641.82); // sensor 2, T24
  });

  it('gives one engine its cycles in order, up to its failure (engine 69: 362 cycles)', () => {
    const engine = engineRows(loadCmapssTrain(), 69);
    expect(engine).toHaveLength(362);
    expect(engine.map((r) => r.cycle)).toEqual(Array.from({ length: 362 }, (_, i) => i + 1));
  });

  it('names 14 informative sensors', () => {
    expect(CMAPSS_INFORMATIVE_SENSORS.map((s) => s.sensor)).toEqual([2, 3, 4, 7, 8, 9, 11, 12, 13, 14, 15, 17, 20, 21]);
  });

  it('refuses a line that is not 26 numbers', () => {
    expect(() => parseCmapss('1 1 0 0 100')).toThrow(/line 1/);
  });
});
