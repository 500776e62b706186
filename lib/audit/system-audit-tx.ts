/**
 * recordAudit() inside a caller's transaction, so a change and its audit entry commit or roll back
 * together (e.g. a tenant and its first administrator). Same row (and redaction) as system-audit.ts.
 */
import 'server-only';
import type { Prisma } from '../db/client';
import { auditData, type AuditEntry } from './system-audit';

export async function recordAuditInTx(tx: Prisma.TransactionClient, entry: AuditEntry) {
  await tx.auditLog.create({ data: auditData(entry) });
}
