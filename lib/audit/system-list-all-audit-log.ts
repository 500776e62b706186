/**
 * The platform owner's audit log: every tenant's entries and the platform-level ones (tenant
 * null), optionally narrowed to one tenant or to platform-level entries only.
 */
import 'server-only';
import { db } from '../db/client';
import { pageArgs, pageResult } from '../http/pagination';
import type { AuditFilters } from './audit-filters';
import { API_KEY_FACET, AUDIT_ORDER, apiKeyOptions, auditWhere } from './audit-where';
import { toAuditItem } from './audit-item';
import { loadAuditNames } from './system-audit-names';
import { PLATFORM_TIME_ZONE } from '../time/time-zones';

export interface PlatformAuditScope {
  /** one tenant's entries; otherwise all (or platform-only with filters.scope = 'platform') */
  tenantId?: string | null;
}

function scopeWhere(filters: AuditFilters, scope: PlatformAuditScope) {
  if (scope.tenantId) return { tenantId: scope.tenantId };
  if (filters.scope === 'platform') return { tenantId: null };
  return {};
}

/** `timeZone`: the zone the caller's days are read in (the page's formatting zone; UTC by default). */
export async function listAllAuditLog(
  filters: AuditFilters,
  scope: PlatformAuditScope = {},
  timeZone: string = PLATFORM_TIME_ZONE,
) {
  const where = { ...auditWhere(filters, timeZone), ...scopeWhere(filters, scope) };
  const [rows, total] = await Promise.all([
    db().auditLog.findMany({ where, orderBy: AUDIT_ORDER, ...pageArgs(filters) }),
    db().auditLog.count({ where }),
  ]);
  const names = await loadAuditNames(rows);
  return pageResult(
    rows.map((r) => toAuditItem(r, names, { tenantId: null })),
    total,
    filters,
  );
}

/** The distinct actions, target types and API keys across the platform, for the filter menus. */
export async function allAuditFacets() {
  const [actions, targetTypes, apiKeys] = await Promise.all([
    // GROUP BY in SQL (Prisma's `distinct` would read every row).
    db().auditLog.groupBy({ by: ['action'], orderBy: { action: 'asc' }, take: 200 }),
    db().auditLog.groupBy({ by: ['targetType'], orderBy: { targetType: 'asc' }, take: 200 }),
    db().auditLog.groupBy(API_KEY_FACET),
  ]);
  return {
    actions: actions.map((a) => a.action),
    targetTypes: targetTypes.map((t) => t.targetType),
    apiKeys: apiKeyOptions(apiKeys),
  };
}
