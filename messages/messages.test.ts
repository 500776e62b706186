import ar from './ar.json';
import en from './en.json';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)/g)]
    .map((m) => m[1])
    .filter((p, i, a) => a.indexOf(p) === i)
    .sort();

describe('messages', () => {
  it('Arabic and English have exactly the same keys', () => {
    expect(keys(ar).sort()).toEqual(keys(en).sort());
  });
  it('every message is non-empty and uses the same placeholders in both languages', () => {
    const get = (o: object, key: string) =>
      key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], o) as string;
    for (const key of keys(en)) {
      expect(get(ar, key).trim()).not.toBe('');
      expect(placeholders(get(ar, key))).toEqual(placeholders(get(en, key)));
    }
  });
});
