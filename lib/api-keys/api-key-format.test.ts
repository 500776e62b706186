// The key format: what is generated parses back, anything else does not, and only the hash of
// the secret matches.
import { displayPrefix, formatApiKey, generateApiKey, hashSecret, parseApiKey, secretMatches } from './api-key-format';

describe('generateApiKey', () => {
  it('makes oiq_<12 hex>_<43 base64url> tokens carrying 32 random bytes', () => {
    const key = generateApiKey();
    expect(key.token).toMatch(/^oiq_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(key.token).toBe(`oiq_${key.prefix}_${key.secret}`);
    expect(Buffer.from(key.secret, 'base64url')).toHaveLength(32);
  });

  it('never repeats a prefix or a secret', () => {
    const keys = Array.from({ length: 500 }, generateApiKey);
    expect(new Set(keys.map((k) => k.prefix)).size).toBe(500);
    expect(new Set(keys.map((k) => k.secret)).size).toBe(500);
  });
});

describe('parseApiKey', () => {
  it('round-trips generated keys, including secrets with _ and -', () => {
    for (let i = 0; i < 200; i++) {
      const key = generateApiKey();
      expect(parseApiKey(key.token)).toEqual({ prefix: key.prefix, secret: key.secret });
    }
    const secret = `_-${'a'.repeat(39)}_-`;
    expect(parseApiKey(formatApiKey('0123456789ab', secret))).toEqual({ prefix: '0123456789ab', secret });
  });

  const valid = generateApiKey().token;
  it.each([
    ['empty', ''],
    ['garbage', 'not-a-key'],
    ['other scheme', valid.replace(/^oiq_/, 'sk_')],
    ['upper-case prefix', `oiq_ABCDEF012345_${'a'.repeat(43)}`],
    ['short prefix', `oiq_abc_${'a'.repeat(43)}`],
    ['short secret', valid.slice(0, -1)],
    ['long secret', `${valid}a`],
    ['bad secret character', `${valid.slice(0, -1)}=`],
    ['surrounding space', ` ${valid} `],
    ['display prefix only', valid.slice(0, 16)],
  ])('rejects %s', (_label, token) => {
    expect(parseApiKey(token)).toBeNull();
  });
});

describe('hashSecret / secretMatches', () => {
  it('stores SHA-256 hex, which is not the secret', () => {
    const { secret } = generateApiKey();
    const hash = hashSecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(secret);
    expect(hashSecret(secret)).toBe(hash);
  });

  it('matches the right secret only', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(secretMatches(a.secret, hashSecret(a.secret))).toBe(true);
    expect(secretMatches(b.secret, hashSecret(a.secret))).toBe(false);
    expect(secretMatches(a.secret.slice(0, -1), hashSecret(a.secret))).toBe(false);
  });

  it('treats a malformed stored hash as no match instead of throwing', () => {
    const { secret } = generateApiKey();
    expect(secretMatches(secret, '')).toBe(false);
    expect(secretMatches(secret, 'zz')).toBe(false);
    expect(secretMatches(secret, hashSecret(secret).slice(2))).toBe(false);
  });
});

it('shows keys in lists by their public prefix', () => {
  expect(displayPrefix('0123456789ab')).toBe('oiq_0123456789ab');
});
