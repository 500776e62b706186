/**
 * Appends audit entries. A system-* module because platform-level entries have no tenant
 * (tenantId null) and so cannot go through tenantDb().
 *
 * The actor (lib/audit/audit-actor.ts), one of:
 * - `actor: auditActor(ctx)` — the request's caller: its API key (with the key's creator) or its user.
 * - `actor: systemActor('worker:<job>')` — a process acting on its own; it must name itself.
 * - `actorUserId: '<user id>'` — the earlier shape, kept for existing and parallel call sites: a
 *   person. When the current request (lib/http/request-scope.ts) came through an API key created
 *   by that person, the entry records the key too, so call sites made during an API-key request
 *   need nothing more. `actorUserId: null` no longer compiles: use `actor: systemActor('…')`.
 * `requestId` defaults to the current request's id. Secrets in before/after are redacted.
 * A row without an actor is refused by the database (CHECK audit_logs_actor_check).
 */
import 'server-only';
import { db, Prisma } from '../db/client';
import { currentRequestContext, currentRequestId } from '../http/request-scope';
import { actorColumns, auditActor, type AuditActor } from './audit-actor';
import { redact } from './redact';

interface AuditFields {
  tenantId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

export type AuditEntry = AuditFields &
  ({ actor: AuditActor; actorUserId?: never } | { actorUserId: string; actor?: never });

const json = (v: unknown) => (v === undefined ? Prisma.DbNull : (redact(v) as Prisma.InputJsonValue));

/** The entry's actor; a bare user id becomes the current request's API key when that user created it. */
export function resolveActor(entry: AuditEntry): AuditActor {
  if (entry.actor) return entry.actor;
  const ctx = currentRequestContext();
  if (ctx && ctx.userId === entry.actorUserId) return auditActor(ctx);
  return { type: 'user', userId: entry.actorUserId };
}

/** The row for an entry, secrets redacted; shared with recordAuditInTx so both write the same shape. */
export function auditData(entry: AuditEntry): Prisma.AuditLogUncheckedCreateInput {
  return {
    tenantId: entry.tenantId,
    ...actorColumns(resolveActor(entry)),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    before: json(entry.before),
    after: json(entry.after),
    requestId: entry.requestId ?? currentRequestId() ?? null,
  };
}

export async function recordAudit(entry: AuditEntry) {
  await db().auditLog.create({ data: auditData(entry) });
}
