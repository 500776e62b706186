import { deriveKey, open, seal } from './secret-box';

const SECRET = 'unit-test-auth-secret-0123456789-0123456789';

describe('secret-box (AES-256-GCM, key from AUTH_SECRET)', () => {
  it('opens what it sealed, and never seals the same text the same way twice', () => {
    const a = seal('client-secret-value', 'sso-client-secret', SECRET);
    const b = seal('client-secret-value', 'sso-client-secret', SECRET);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(a).not.toContain('client-secret-value');
    expect(open(a, 'sso-client-secret', SECRET)).toBe('client-secret-value');
    expect(open(b, 'sso-client-secret', SECRET)).toBe('client-secret-value');
  });

  it('handles empty and non-ASCII text', () => {
    expect(open(seal('', 'sso-state', SECRET), 'sso-state', SECRET)).toBe('');
    expect(open(seal('سرّ 🔐', 'sso-state', SECRET), 'sso-state', SECRET)).toBe('سرّ 🔐');
  });

  it('refuses a tampered ciphertext, IV or tag', () => {
    const sealed = seal('client-secret-value', 'sso-client-secret', SECRET);
    const parts = sealed.split('.');
    for (const i of [1, 2, 3]) {
      const bytes = Buffer.from(parts[i]!, 'base64url');
      bytes[0] = bytes[0]! ^ 0x01;
      const tampered = parts.map((p, j) => (j === i ? bytes.toString('base64url') : p)).join('.');
      expect(open(tampered, 'sso-client-secret', SECRET)).toBeNull();
    }
  });

  it('refuses another key, another context and malformed input', () => {
    const sealed = seal('x', 'sso-client-secret', SECRET);
    expect(open(sealed, 'sso-client-secret', `${SECRET}-rotated`)).toBeNull();
    expect(open(sealed, 'sso-state', SECRET)).toBeNull();
    for (const bad of ['', 'v1', 'v2.a.b.c', 'v1.a.b', sealed.replace('v1.', 'v0.'), `${sealed}.x`]) {
      expect(open(bad, 'sso-client-secret', SECRET)).toBeNull();
    }
  });

  it('derives a different 32-byte key per context and per secret', () => {
    const k = deriveKey('sso-client-secret', SECRET);
    expect(k).toHaveLength(32);
    expect(k.equals(deriveKey('sso-client-secret', SECRET))).toBe(true);
    expect(k.equals(deriveKey('sso-ticket', SECRET))).toBe(false);
    expect(k.equals(deriveKey('sso-client-secret', `${SECRET}x`))).toBe(false);
  });

  it('uses AUTH_SECRET when no secret is given', () => {
    const sealed = seal('x', 'sso-state');
    expect(open(sealed, 'sso-state', process.env.AUTH_SECRET)).toBe('x');
    expect(open(sealed, 'sso-state', SECRET)).toBeNull();
  });
});
