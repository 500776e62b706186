import { unitConverter } from './engineering-units';

const convert = (value: number, from: string | null, to: string | null) => {
  const converter = unitConverter(from, to);
  if (!converter) throw new Error(`${from} → ${to} refused`);
  return converter(value);
};

describe('unitConverter', () => {
  it.each([
    [100, '°C', '°F', 212],
    [0, 'degC', 'K', 273.15],
    [32, '°F', '°C', 0],
    [491.67, '°R', 'K', 273.15],
    [1, 'bar', 'kPa', 100],
    [1, 'MPa', 'bar', 10],
    [14.503773773, 'psi', 'kPa', 100],
    [1, 'psia', 'bar', 0.0689475729],
    [100, 'kPa gauge', 'psig', 14.503773773],
    [2, 'barg', 'kPa gauge', 200],
    [1, 'm3/h', 'l/min', 16.6666666667],
    [1, 'm³/h', 'm^3/s', 1 / 3600],
    [1, 't/h', 'kg/h', 1000],
    [3600, 'kg/h', 'kg/s', 1],
    [50, '%', 'ppm', 500_000],
    [60, 'rpm', 'Hz', 1],
    [1, 'in/s', 'mm/s', 25.4],
    [1, 'MW', 'kW', 1000],
    [1000, 'µm', 'mm', 1],
    [1, 'lbm/s', 'kg/h', 1632.932532],
  ])('converts %p %s to %s', (value, from, to, expected) => {
    expect(convert(value, from, to)).toBeCloseTo(expected, 6);
  });

  it.each([
    ['bar', '°C'],
    ['m3/h', 'kg/h'], // volume vs mass flow: needs a density
    ['kPa gauge', 'kPa'], // gauge vs absolute: needs the local atmosphere
    ['psia', 'psig'],
    ['%', 'rpm'],
    ['kscmh', 'm3/h'], // a unit mathjs cannot read converts to nothing else
    ['not a unit', 'kPa'],
    ['2+3', 'kPa'],
  ])('refuses %s → %s', (from, to) => {
    expect(unitConverter(from, to)).toBeNull();
  });

  it('is the identity for equal units, a source unit "same as the signal", or a signal without a unit', () => {
    for (const [from, to] of [
      ['kPa', 'kPa'],
      ['kscmh', 'kscmh'],
      ['mol%', ' mol% '],
      [null, 'kPa'],
      ['', '°C'],
      ['bar', null],
      ['bar', ''],
      [null, null],
    ] as const) {
      expect(unitConverter(from, to)?.(12.5)).toBe(12.5);
    }
  });

  it('keeps converting the same pair the same way (cached converters)', () => {
    expect(unitConverter('bar', 'kPa')).toBe(unitConverter('bar', 'kPa'));
    expect(convert(2.5, 'bar', 'kPa')).toBeCloseTo(250, 9);
  });
});
