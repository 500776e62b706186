import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('produces argon2id hashes with OWASP parameters that verify only the right password', async () => {
    const h = await hashPassword('correct horse battery staple');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(verifyPassword(h, 'correct horse battery staple')).resolves.toBe(true);
    await expect(verifyPassword(h, 'Correct horse battery staple')).resolves.toBe(false);
  });
  it('accepts any Unicode and long passwords', async () => {
    const pw = 'كلمة-مرور-طويلة-'.repeat(8);
    await expect(verifyPassword(await hashPassword(pw), pw)).resolves.toBe(true);
  });
  it('treats a malformed hash as a mismatch, not a crash', async () => {
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
  });
});
