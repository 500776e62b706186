import { changeRows, formatValue } from './change-rows';

describe('changeRows', () => {
  it('lists every field of either side and marks the changed ones', () => {
    expect(changeRows({ name: 'A', status: 'active' }, { name: 'B', status: 'active', extra: 1 })).toEqual([
      { field: 'name', before: 'A', after: 'B', changed: true },
      { field: 'status', before: 'active', after: 'active', changed: false },
      { field: 'extra', before: undefined, after: 1, changed: true },
    ]);
  });
  it('handles a creation (no before) and an entry without details', () => {
    expect(changeRows(null, { audit_log: false })).toEqual([
      { field: 'audit_log', before: undefined, after: false, changed: true },
    ]);
    expect(changeRows(null, null)).toEqual([]);
  });
  it('keeps non-object values as a single row', () => {
    expect(changeRows('x', ['y'])).toEqual([{ field: '', before: 'x', after: ['y'], changed: true }]);
  });
});

describe('formatValue', () => {
  it('shows strings plainly and other values as JSON', () => {
    expect(formatValue('text')).toBe('text');
    expect(formatValue(false)).toBe('false');
    expect(formatValue(null)).toBeNull();
    expect(formatValue({ a: 1 })).toBe('{\n  "a": 1\n}');
  });
});
