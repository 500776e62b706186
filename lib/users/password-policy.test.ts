// The password policy (OWASP ASVS 5 V6.2): 8+ characters counted as people count them, up to 256,
// any Unicode, no composition rules, common/breached passwords refused case-insensitively, and
// passwords repeating the account's identifiers refused.
import fs from 'node:fs';
import path from 'node:path';
import { PASSWORD_MAX, ZChangePassword, ZPassword } from './schemas';
import { assertPasswordAllowed, isCommonPassword } from './password-policy';
import { generateOneTimePassword } from './generate-password';

const messages = (value: unknown) => ZPassword.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('ZPassword', () => {
  it('needs at least 8 characters', () => {
    expect(messages('1234567')).toEqual(['users.validation.passwordTooShort']);
    expect(messages('')).toEqual(['users.validation.passwordTooShort']);
    expect(messages(undefined)).toEqual(['users.validation.passwordTooShort']);
    expect(messages('12345678')).toEqual([]);
  });

  it('counts characters, not UTF-16 units: 4 emoji are 4 characters', () => {
    expect(messages('🔐🔐🔐🔐')).toEqual(['users.validation.passwordTooShort']);
    expect(messages('🔐🔐🔐🔐🔐🔐🔐🔐')).toEqual([]);
  });

  it('allows 64 and more characters, up to 256', () => {
    expect(messages('a'.repeat(64))).toEqual([]);
    expect(messages('a'.repeat(PASSWORD_MAX))).toEqual([]);
    expect(messages('a'.repeat(PASSWORD_MAX + 1))).toEqual(['users.validation.passwordTooLong']);
  });

  it('allows any Unicode and spaces, with no composition rules, and keeps it untrimmed', () => {
    for (const pw of [
      'كلمة المرور السرية',
      'пароль-пароль',
      '密码密码密码密码',
      'all lower case words',
      '  spaced  ',
    ]) {
      expect(ZPassword.parse(pw)).toBe(pw);
    }
  });

  it('confirms the new password in the change form', () => {
    const parsed = ZChangePassword.safeParse({
      currentPassword: 'x',
      newPassword: 'long enough',
      confirmPassword: 'other',
    });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['confirmPassword', 'users.validation.passwordMismatch'],
    ]);
    expect(
      ZChangePassword.safeParse({ currentPassword: '', newPassword: 'long enough', confirmPassword: 'long enough' })
        .error?.issues[0]?.message,
    ).toBe('users.validation.currentRequired');
  });
});

describe('common passwords', () => {
  const file = fs.readFileSync(path.join(process.cwd(), 'lib/users/common-passwords.txt'), 'utf8');
  const entries = file.split('\n').filter((l) => l && !l.startsWith('#'));

  it('ships a list of a few thousand entries, lower-case and unique', () => {
    expect(entries.length).toBeGreaterThan(2500);
    expect(new Set(entries).size).toBe(entries.length);
    expect(entries.every((e) => e === e.toLowerCase() && e === e.trim())).toBe(true);
  });

  it.each(['password', 'PASSWORD123', 'Qwerty123', 'iloveyou', 'P@ssw0rd', '123456789', 'Welcome123', 'bismillah'])(
    'refuses %p (case-insensitively)',
    (pw) => {
      expect(isCommonPassword(pw)).toBe(true);
      expect(() => assertPasswordAllowed(pw)).toThrow(
        expect.objectContaining({ messageKey: 'users.errors.passwordBreached', status: 400 }),
      );
    },
  );

  it('accepts a passphrase that is not on the list', () => {
    expect(isCommonPassword('violet tractor umbrella')).toBe(false);
    expect(() => assertPasswordAllowed('violet tractor umbrella')).not.toThrow();
  });
});

describe('context words', () => {
  it('refuses passwords containing the username, the email name or the product name', () => {
    const ctx = { email: 'nadia.k@plant.test', username: 'nkhalil' };
    for (const pw of ['NKhalil-2026!', 'my nadia.k password', 'Optria-Plant-99']) {
      expect(() => assertPasswordAllowed(pw, ctx, 'newPassword')).toThrow(
        expect.objectContaining({ messageKey: 'users.errors.passwordContext', details: { field: 'newPassword' } }),
      );
    }
    expect(() => assertPasswordAllowed('violet tractor umbrella', ctx)).not.toThrow();
  });

  it('ignores identifiers too short to matter', () => {
    expect(() => assertPasswordAllowed('a long passphrase indeed', { username: 'a' })).not.toThrow();
  });
});

describe('generateOneTimePassword', () => {
  it('makes unambiguous, policy-compliant passwords that differ every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const pw = generateOneTimePassword();
      expect(pw).toMatch(/^[A-HJ-NP-Za-km-z2-9]{5}(-[A-HJ-NP-Za-km-z2-9]{5}){3}$/);
      expect(messages(pw)).toEqual([]);
      seen.add(pw);
    }
    expect(seen.size).toBe(200);
  });
});
