/**
 * recordAudit() inside a caller's transaction, so a change and its audit entry commit or roll back
 * together (e.g. a tenant and its first administrator). Same redaction as system-audit.ts.
 */
import 'server-only';
import { Prisma } from '../db/client';
import type { AuditEntry } from './system-audit';
import { redact } from './redact';

const json = (v: unknown) => (v === undefined ? Prisma.DbNull : (redact(v) as Prisma.InputJsonValue));

export async function recordAuditInTx(tx: Prisma.TransactionClient, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      tenantId: entry.tenantId,
      actorUserId: entry.actorUserId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: json(entry.before),
      after: json(entry.after),
      requestId: entry.requestId ?? null,
    },
  });
}
