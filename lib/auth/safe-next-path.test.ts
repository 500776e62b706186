import { localTarget, safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it.each([
    ['/audit-log?page=2', '/audit-log?page=2'],
    ['/users#top', '/users#top'],
    ['/en/users', '/en/users'],
    ['/a/../users', '/users'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ])('keeps the local target %p as %p', (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });

  it.each([
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '\t//evil.example',
    '/\t\\evil.example',
    '/.//evil.example',
    '/x/..//evil.example',
    'javascript:alert(1)',
    'audit-log',
    '',
    null,
    42,
    '/login',
    '/login?next=/x',
    '/en/login',
  ])('refuses %p', (value) => {
    expect(safeNextPath(value)).toBe('/');
  });
});

describe('localTarget', () => {
  it('never yields a target that a browser would read as another host', () => {
    // Every printable and control character after a leading slash, twice over.
    for (let a = 0; a < 128; a++)
      for (const b of ['/', '\\', '\t', 'e']) {
        const value = `/${String.fromCharCode(a)}${b}evil.example`;
        const target = localTarget(value);
        if (target === null) continue;
        expect(new URL(target, 'https://app.example').origin).toBe('https://app.example');
      }
  });
});
