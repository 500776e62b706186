import { withApi } from '@/lib/http/with-api';
import { notFound } from '@/lib/http/app-error';
import { isEnabled } from '@/lib/flags/is-enabled';
import { listAuditLog, ZListAuditLog } from '@/lib/audit/list-audit-log';
import { listAllAuditLog } from '@/lib/audit/system-list-all-audit-log';

/**
 * Tenant roles: their own tenant's log, when the tenant has the audit_log module (else 404).
 * Platform owner: every tenant plus platform-level entries; `?tenant_id=` (resolved by withApi)
 * narrows to one tenant, `?scope=platform` to platform-level entries.
 */
export const GET = withApi({ permission: 'audit.read', query: ZListAuditLog }, async ({ ctx, query }) => {
  if (ctx.role === 'platform_owner') {
    return listAllAuditLog(query, { tenantId: ctx.actingAsPlatformOwner ? ctx.tenantId : null });
  }
  if (!(await isEnabled(ctx, 'audit_log'))) throw notFound();
  return listAuditLog(ctx, query);
});
