/**
 * Email and username are unique across the whole platform (they sign people in before any tenant
 * is known), so the duplicate check must look beyond the caller's tenant: a system-* module.
 */
import 'server-only';
import { db } from '../db/client';

export async function takenIdentifier(input: {
  email?: string;
  username?: string;
}): Promise<'email' | 'username' | null> {
  const insensitive = (value: string) => ({ equals: value, mode: 'insensitive' as const });
  if (input.email && (await db().user.count({ where: { email: insensitive(input.email) } }))) return 'email';
  if (input.username && (await db().user.count({ where: { username: insensitive(input.username) } })))
    return 'username';
  return null;
}
