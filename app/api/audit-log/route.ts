import { withApi } from '@/lib/http/with-api';
import { notFound } from '@/lib/http/app-error';
import { isEnabled } from '@/lib/flags/is-enabled';
import { listAuditLog, ZListAuditLog } from '@/lib/audit/list-audit-log';
import { listAllAuditLog } from '@/lib/audit/system-list-all-audit-log';
import { timeZoneOf } from '@/lib/tenants/system-tenant-time-zone';

/**
 * Tenant roles: their own tenant's log, when the tenant has the audit_log module (else 404).
 * Platform owner: every tenant plus platform-level entries; `?tenant_id=` (resolved by withApi)
 * narrows to one tenant, `?scope=platform` to platform-level entries.
 * Day filters (`from`/`to` as YYYY-MM-DD) are days in the tenant's time zone (UTC for the platform
 * owner outside a tenant).
 */
export const GET = withApi({ permission: 'audit.read', query: ZListAuditLog }, async ({ ctx, query }) => {
  if (ctx.role === 'platform_owner') {
    const tenantId = ctx.actingAsPlatformOwner ? ctx.tenantId : null;
    return listAllAuditLog(query, { tenantId }, await timeZoneOf({ tenantId }));
  }
  if (!(await isEnabled(ctx, 'audit_log'))) throw notFound();
  return listAuditLog(ctx, query);
});
