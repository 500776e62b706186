import 'server-only';
import { z } from 'zod';
import { db } from '../db/client';
import { notFound } from '../http/app-error';
import { TENANT_VIEW_SELECT, toTenantView } from './system-tenant-view';

/** One tenant by id; a malformed id is answered like a missing one (404). */
export async function getTenant(id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound();
  const row = await db().tenant.findUnique({ where: { id }, select: TENANT_VIEW_SELECT });
  if (!row) throw notFound();
  return toTenantView(row);
}
