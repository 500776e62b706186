import { withApi } from '@/lib/http/with-api';
import { listAuditLog, ZListAuditLog } from '@/lib/audit/list-audit-log';

export const GET = withApi(
  { permission: 'audit.read', flag: 'audit_log', query: ZListAuditLog },
  async ({ ctx, query }) => listAuditLog(ctx, query),
);
