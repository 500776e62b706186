import { redact } from './redact';

describe('redact', () => {
  it('hides secret-looking fields at any depth and keeps the rest', () => {
    expect(
      redact({ name: 'a', passwordHash: 'h', nested: { clientSecret: 's', ok: 1 }, list: [{ apiKey: 'k' }] }),
    ).toEqual({
      name: 'a',
      passwordHash: '[redacted]',
      nested: { clientSecret: '[redacted]', ok: 1 },
      list: [{ apiKey: '[redacted]' }],
    });
  });
  it('leaves plain values alone', () => {
    expect(redact('x')).toBe('x');
    expect(redact(null)).toBeNull();
  });
});
