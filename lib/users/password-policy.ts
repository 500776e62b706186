/**
 * The server-side half of the password policy: ZPassword (schemas.ts) checks length; this refuses
 * passwords from the shipped list of common/breached passwords (compared case-insensitively) and
 * passwords built from the account's own identifiers (OWASP ASVS 5 V6.2.4, V6.2.11).
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../http/app-error';

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(
    fs
      .readFileSync(path.join(process.cwd(), 'lib', 'users', 'common-passwords.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line && !line.startsWith('#')),
  );
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

export interface PasswordContext {
  email?: string | null;
  username?: string | null;
}

/** Identifiers (and the product name) a password must not simply repeat. */
function contextWords(ctx: PasswordContext): string[] {
  const words = ['optria', ctx.username ?? '', (ctx.email ?? '').split('@')[0] ?? ''];
  return words.map((w) => w.toLowerCase()).filter((w) => w.length >= 4);
}

/** Throws a 400 AppError (with the field path) when the password may not be used. */
export function assertPasswordAllowed(password: string, ctx: PasswordContext = {}, field = 'password') {
  const lower = password.toLowerCase();
  if (isCommonPassword(password)) {
    throw new AppError('password_breached', 400, 'users.errors.passwordBreached', { field });
  }
  if (contextWords(ctx).some((w) => lower.includes(w))) {
    throw new AppError('password_context', 400, 'users.errors.passwordContext', { field });
  }
}
