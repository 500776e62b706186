/**
 * The only place that reads password hashes. Callers get a yes/no and the user without the hash.
 */
import 'server-only';
import { db } from './client';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/password';

/** Email or username, compared case-insensitively (both are stored lower-case). */
export function normaliseIdentifier(identifier: string) {
  return identifier.trim().toLowerCase();
}

export async function checkCredentials(identifier: string, password: string) {
  const id = normaliseIdentifier(identifier);
  const user = await db().user.findFirst({
    where: { OR: [{ email: id }, { username: id }] },
    omit: { passwordHash: false },
    include: { tenant: { select: { id: true, name: true, status: true } } },
  });
  if (!user || user.authSource !== 'local' || !user.passwordHash) {
    await verifyPassword(await dummyPasswordHash(), password);
    return null;
  }
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok) return null;
  const { passwordHash: _omitted, ...safe } = user;
  void _omitted;
  return safe;
}

/** Sets a new password and ends the user's existing sessions. */
export async function setPassword(userId: string, password: string, opts: { mustChange?: boolean } = {}) {
  await db().user.update({
    where: { id: userId },
    data: {
      passwordHash: await hashPassword(password),
      mustChangePassword: opts.mustChange ?? false,
      sessionVersion: { increment: 1 },
    },
  });
}
