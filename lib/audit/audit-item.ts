import type { AuditNames } from './system-audit-names';

export interface AuditRow {
  id: string;
  tenantId: string | null;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  createdAt: Date;
}

/**
 * Whose eyes: a tenant viewer (tenantId set) sees names of their own tenant only; a platform
 * owner acting for them shows as "platform" without a name. The platform view (null) sees all.
 */
export type AuditViewer = { tenantId: string | null };

export function toAuditItem(row: AuditRow, names: AuditNames, viewer: AuditViewer) {
  const visible = (tenantId: string | null) => viewer.tenantId === null || tenantId === viewer.tenantId;
  const actorUser = row.actorUserId ? names.users.get(row.actorUserId) : undefined;
  const actor = !row.actorUserId
    ? { id: null, name: null, kind: 'system' as const }
    : actorUser && visible(actorUser.tenantId)
      ? {
          id: row.actorUserId,
          name: actorUser.name,
          kind: actorUser.role === 'platform_owner' ? ('platform' as const) : ('user' as const),
        }
      : actorUser?.role === 'platform_owner'
        ? { id: null, name: null, kind: 'platform' as const }
        : { id: null, name: null, kind: 'unknown' as const };

  let targetName: string | null = null;
  if (row.targetId && row.targetType === 'user') {
    const user = names.users.get(row.targetId);
    targetName = user && visible(user.tenantId) ? user.name : null;
  } else if (row.targetId && row.targetType === 'tenant' && visible(row.targetId)) {
    targetName = names.tenants.get(row.targetId) ?? null;
  }

  return {
    id: row.id,
    createdAt: row.createdAt,
    tenantId: row.tenantId,
    tenantName: row.tenantId ? (names.tenants.get(row.tenantId) ?? null) : null,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetName,
    actor,
    /** kept for the API's earlier shape */
    actorName: actor.name,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
  };
}

export type AuditItem = ReturnType<typeof toAuditItem>;
