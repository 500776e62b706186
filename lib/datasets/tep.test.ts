import { loadTepRun, loadTepVariables, parseTepRun, parseTepVariables, TEP_COLUMNS } from './tep';

describe('TEP runs (the shipped files)', () => {
  it('reads the transposed d00.dat as 500 rows of 52, first row starting 0.24987, 3674.6…', () => {
    const rows = loadTepRun('d00');
    expect(rows).toHaveLength(500);
    expect(rows.every((r) => r.length === TEP_COLUMNS)).toBe(true);
    // line 1 of the file is column XMEAS(1): its first values are the first rows' XMEAS(1)
    expect(rows[0]?.[0]).toBeCloseTo(0.24987, 6);
    expect(rows[1]?.[0]).toBeCloseTo(0.25118, 6);
    // XMEAS(9) reactor temperature ≈ 120.4 °C in normal operation
    expect(rows[0]?.[8]).toBeGreaterThan(120);
    expect(rows[0]?.[8]).toBeLessThan(121);
  });

  it('reads d00_te.dat and the fault runs as 960 rows of 52', () => {
    const normal = loadTepRun('d00_te');
    expect(normal).toHaveLength(960);
    expect(normal[0]?.[0]).toBeCloseTo(0.24889, 6);
    expect(normal[0]?.[1]).toBeCloseTo(3702.3, 3);
    expect(normal[0]?.[51]).toBeCloseTo(18.905, 4);
    for (const run of ['d01_te', 'd02_te', 'd04_te', 'd05_te', 'd06_te', 'd07_te'] as const) {
      expect(loadTepRun(run)).toHaveLength(960);
    }
  });

  it('detects the layout: rows × 52, or 52 lines of another length transposed', () => {
    const row = Array.from({ length: TEP_COLUMNS }, (_, i) => i).join(' ');
    expect(parseTepRun(`${row}\n${row}\n`)).toHaveLength(2);
    const transposed = Array.from({ length: TEP_COLUMNS }, (_, c) => `${c} ${c + 100} ${c + 200}`).join('\n');
    const rows = parseTepRun(transposed);
    expect(rows).toHaveLength(3);
    expect(rows[2]?.[1]).toBe(201);
  });

  it('refuses ragged lines, non-numbers and other widths', () => {
    expect(() => parseTepRun('1 2 3\n1 2')).toThrow(/different lengths/);
    expect(() => parseTepRun('1 x 3')).toThrow(/not a number/);
    expect(() => parseTepRun('1 2 3\n4 5 6')).toThrow(/52 values/);
  });
});

describe('TEP variables.csv', () => {
  it('lists the 52 columns in order with units: XMEAS(1) kscmh … XMV(11) %', () => {
    const variables = loadTepVariables();
    expect(variables).toHaveLength(52);
    expect(variables[0]).toMatchObject({ index: 0, tag: 'XMEAS(1)', unit: 'kscmh', kind: 'measured' });
    expect(variables[6]).toMatchObject({ tag: 'XMEAS(7)', description: 'Reactor Pressure', unit: 'kPa gauge' });
    // a quoted field with commas inside stays one field
    expect(variables[22]?.equipmentGroup).toBe('Analyzer: reactor feed (0.1 h sample, 0.1 h dead time)');
    expect(variables[51]).toMatchObject({ index: 51, tag: 'XMV(11)', unit: '%', kind: 'manipulated' });
    expect(variables.filter((v) => v.kind === 'manipulated')).toHaveLength(11);
  });

  it('refuses a file with a missing column', () => {
    const header = 'column_index,column,tag,description,unit,equipment_group,kind';
    expect(() => parseTepVariables(`${header}\n0,xmeas_1,XMEAS(1),A Feed,kscmh,Feeds,measured\n`)).toThrow(/columns/);
    expect(() => parseTepVariables(`${header}\nx,xmeas_1,XMEAS(1),A Feed,kscmh,Feeds,measured\n`)).toThrow(/row 2/);
  });
});
