import 'server-only';
import { tenantDb, type TenantScope } from '../db/tenant-db';
import { pageArgs, pageResult } from '../http/pagination';
import { ZAuditFilters, type AuditFilters } from './audit-filters';
import { API_KEY_FACET, AUDIT_ORDER, apiKeyOptions, auditWhere } from './audit-where';
import { toAuditItem } from './audit-item';
import { loadAuditNames } from './system-audit-names';
import { timeZoneOf } from '../tenants/system-tenant-time-zone';

/** Kept under its earlier name for callers of the first version. */
export const ZListAuditLog = ZAuditFilters;

/**
 * One tenant's audit entries (tenantDb scopes every query), newest first, filtered and paged; day
 * filters are days in the tenant's time zone.
 */
export async function listAuditLog(ctx: TenantScope, filters: AuditFilters) {
  const tdb = tenantDb(ctx);
  const where = auditWhere(filters, await timeZoneOf(ctx));
  const [rows, total] = await Promise.all([
    tdb.auditLog.findMany({ where, orderBy: AUDIT_ORDER, ...pageArgs(filters) }),
    tdb.auditLog.count({ where }),
  ]);
  const names = await loadAuditNames(rows);
  return pageResult(
    rows.map((r) => toAuditItem(r, names, { tenantId: ctx.tenantId })),
    total,
    filters,
  );
}

/** The distinct actions, target types and API keys in the tenant's log, for the filter menus. */
export async function auditFacets(ctx: TenantScope) {
  const tdb = tenantDb(ctx);
  const [actions, targetTypes, apiKeys] = await Promise.all([
    // GROUP BY in SQL (Prisma's `distinct` would read every row).
    tdb.auditLog.groupBy({ by: ['action'], orderBy: { action: 'asc' }, take: 200 }),
    tdb.auditLog.groupBy({ by: ['targetType'], orderBy: { targetType: 'asc' }, take: 200 }),
    tdb.auditLog.groupBy(API_KEY_FACET),
  ]);
  return {
    actions: actions.map((a) => a.action),
    targetTypes: targetTypes.map((t) => t.targetType),
    apiKeys: apiKeyOptions(apiKeys),
  };
}
