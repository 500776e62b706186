/** Every tenant as {id, name}, for the platform owner's tenant picker on the users page. */
import 'server-only';
import { db } from '../db/client';

export function tenantOptions() {
  return db().tenant.findMany({ select: { id: true, name: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
}
