import 'server-only';
import { tenantDb, type TenantScope } from '../db/tenant-db';
import { pageArgs, pageResult, ZPagination, type Pagination } from '../http/pagination';

export const ZListAuditLog = ZPagination;

/** The tenant's audit entries, newest first, with the actor's name when the actor is a tenant user. */
export async function listAuditLog(ctx: TenantScope, page: Pagination) {
  const tdb = tenantDb(ctx);
  const [rows, total] = await Promise.all([
    tdb.auditLog.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], ...pageArgs(page) }),
    tdb.auditLog.count(),
  ]);
  const actorIds = [...new Set(rows.map((r) => r.actorUserId).filter((id): id is string => Boolean(id)))];
  const actors = await tdb.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const items = rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    actorName: r.actorUserId ? (names.get(r.actorUserId) ?? null) : null,
  }));
  return pageResult(items, total, page);
}
