/**
 * Appends audit entries. A system-* module because platform-level entries have no tenant
 * (tenantId null) and so cannot go through tenantDb().
 */
import 'server-only';
import { db, Prisma } from '../db/client';
import { redact } from './redact';

export interface AuditEntry {
  tenantId: string | null;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

const json = (v: unknown) => (v === undefined ? Prisma.DbNull : (redact(v) as Prisma.InputJsonValue));

/** The row for an entry, secrets redacted; shared with recordAuditInTx so both write the same shape. */
export function auditData(entry: AuditEntry): Prisma.AuditLogUncheckedCreateInput {
  return {
    tenantId: entry.tenantId,
    actorUserId: entry.actorUserId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    before: json(entry.before),
    after: json(entry.after),
    requestId: entry.requestId ?? null,
  };
}

export async function recordAudit(entry: AuditEntry) {
  await db().auditLog.create({ data: auditData(entry) });
}
