/**
 * Which tenant a user belongs to, for the platform owner's by-id actions (GET/PUT
 * /api/tenant-users/{id}, reset-password): the action then runs inside that tenant, exactly as
 * with `?tenant_id=`. Null for an unknown or malformed id and for platform accounts.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '../db/client';

export async function tenantOfUser(id: string): Promise<string | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const user = await db().user.findUnique({ where: { id }, select: { tenantId: true } });
  return user?.tenantId ?? null;
}
