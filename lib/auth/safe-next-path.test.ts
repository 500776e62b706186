import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it('keeps local paths', () => {
    expect(safeNextPath('/audit-log?page=2')).toBe('/audit-log?page=2');
  });
  it.each(['https://evil.example', '//evil.example', '/\\evil.example', 'audit-log', null, '/login'])(
    'rejects %p',
    (v) => {
      expect(safeNextPath(v)).toBe('/');
    },
  );
});
