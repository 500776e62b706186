/**
 * Names for the people and tenants an audit page mentions. Actors may be platform owners (no
 * tenant), so this is a platform-level read; audit-item.ts decides what a viewer may see of it.
 */
import 'server-only';
import { db } from '../db/client';

export interface AuditRowRefs {
  actorUserId: string | null;
  targetType: string;
  targetId: string | null;
  tenantId: string | null;
}

export interface AuditNames {
  users: Map<string, { name: string; role: string; tenantId: string | null }>;
  tenants: Map<string, string>;
}

const isUuid = (s: string | null): s is string =>
  Boolean(s && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s));

export async function loadAuditNames(rows: AuditRowRefs[]): Promise<AuditNames> {
  const userIds = new Set<string>();
  const tenantIds = new Set<string>();
  for (const r of rows) {
    if (isUuid(r.actorUserId)) userIds.add(r.actorUserId);
    if (r.targetType === 'user' && isUuid(r.targetId)) userIds.add(r.targetId);
    if (r.targetType === 'tenant' && isUuid(r.targetId)) tenantIds.add(r.targetId);
    if (isUuid(r.tenantId)) tenantIds.add(r.tenantId);
  }
  const [users, tenants] = await Promise.all([
    userIds.size
      ? db().user.findMany({
          where: { id: { in: [...userIds] } },
          select: { id: true, name: true, role: true, tenantId: true },
        })
      : [],
    tenantIds.size
      ? db().tenant.findMany({ where: { id: { in: [...tenantIds] } }, select: { id: true, name: true } })
      : [],
  ]);
  return {
    users: new Map(users.map((u) => [u.id, { name: u.name, role: u.role, tenantId: u.tenantId }])),
    tenants: new Map(tenants.map((t) => [t.id, t.name])),
  };
}
