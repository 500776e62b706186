import { dateRange, type AuditFilters } from './audit-filters';
import { displayPrefix } from '../api-keys/api-key-format';

/** The Prisma `where` for the filters (tenant scoping is added by the caller); days read in `timeZone`. */
export function auditWhere(f: AuditFilters, timeZone: string) {
  const createdAt = dateRange(f, timeZone);
  return {
    ...(f.action ? { action: f.action } : {}),
    ...(f.actorUserId ? { actorUserId: f.actorUserId } : {}),
    ...(f.actorType ? { actorType: f.actorType } : {}),
    ...(f.apiKeyId ? { apiKeyId: f.apiKeyId } : {}),
    ...(f.targetType ? { targetType: f.targetType } : {}),
    ...(createdAt.gte || createdAt.lt ? { createdAt } : {}),
  };
}

/** Newest first; the id breaks ties so pages never overlap. */
export const AUDIT_ORDER = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

/** The API keys that acted in the log (groupBy args), for the filter menu. */
export const API_KEY_FACET = {
  by: ['apiKeyId', 'apiKeyName', 'apiKeyPrefix'] as ('apiKeyId' | 'apiKeyName' | 'apiKeyPrefix')[],
  where: { apiKeyId: { not: null } },
  orderBy: [{ apiKeyName: 'asc' as const }, { apiKeyPrefix: 'asc' as const }],
  take: 200,
};

export function apiKeyOptions(
  rows: { apiKeyId: string | null; apiKeyName: string | null; apiKeyPrefix: string | null }[],
) {
  return rows.map((r) => ({ id: r.apiKeyId!, name: r.apiKeyName ?? '', prefix: displayPrefix(r.apiKeyPrefix ?? '') }));
}
