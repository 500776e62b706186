import { dateRange, type AuditFilters } from './audit-filters';

/** The Prisma `where` for the filters (tenant scoping is added by the caller). */
export function auditWhere(f: AuditFilters) {
  const createdAt = dateRange(f);
  return {
    ...(f.action ? { action: f.action } : {}),
    ...(f.actorUserId ? { actorUserId: f.actorUserId } : {}),
    ...(f.targetType ? { targetType: f.targetType } : {}),
    ...(createdAt.gte || createdAt.lt ? { createdAt } : {}),
  };
}

/** Newest first; the id breaks ties so pages never overlap. */
export const AUDIT_ORDER = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];
