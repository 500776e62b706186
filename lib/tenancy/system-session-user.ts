/** Loads the signed-in user with their tenant (platform owners have none): a platform-level read. */
import 'server-only';
import { db } from '../db/client';

export function loadSessionUser(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      username: true,
      name: true,
      role: true,
      status: true,
      tenantId: true,
      sessionVersion: true,
      mustChangePassword: true,
      tenant: { select: { id: true, name: true, slug: true, status: true, defaultLocale: true } },
    },
  });
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof loadSessionUser>>>;
