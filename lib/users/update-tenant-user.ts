import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { AppError, notFound } from '../http/app-error';
import { recordAudit } from '../audit/system-audit';
import { auditKeysOfChangedCreator } from '../api-keys/audit-creator-change';
import { PUBLIC_USER_FIELDS } from './list-tenant-users';
import { assertUserId, type Actor } from './actor';
import { assertAllowedChange, changedFields, lastAdminError, removesActiveAdmin } from './user-rules';
import type { UpdateTenantUser } from './schemas';

/**
 * Postgres refused a serializable transaction because another one changed the same rows (SQLSTATE
 * 40001: Prisma's P2034, or the pg adapter's TransactionWriteConflict when raised mid-transaction).
 */
const isSerializationFailure = (error: unknown) => {
  const e = error as { code?: unknown; message?: unknown; cause?: { kind?: unknown } } | null;
  const text = `${String(e?.message)} ${String(e?.cause?.kind)}`;
  return e?.code === 'P2034' || /TransactionWriteConflict|40001|could not serialize/i.test(text);
};

/**
 * Changes name, role and/or status. A new role or status also changes what the user's API keys may
 * do (suspended, narrowed, restored: api-key-status.ts), audited per key. Serializable, so two admins demoting each other at the same
 * moment cannot leave the tenant without an active administrator (the loser retries and sees it).
 */
export async function updateTenantUser(actor: Actor, id: string, input: UpdateTenantUser) {
  assertUserId(id);
  const tdb = tenantDb(actor);
  const attempt = () =>
    tdb.$transaction(
      async (tx) => {
        const current = await tx.user.findUnique({ where: { id }, select: PUBLIC_USER_FIELDS });
        if (!current) throw notFound();
        assertAllowedChange(actor.userId, current, input);
        const changes = changedFields(current, input);
        if (removesActiveAdmin(current, input)) {
          const others = await tx.user.count({
            where: { role: 'tenant_admin', status: 'active', id: { not: id } },
          });
          if (others === 0) throw lastAdminError();
        }
        if (Object.keys(changes).length === 0) return { before: current, after: current, changes };
        const after = await tx.user.update({
          where: { id },
          // Disabling also bumps the session version, so re-enabling never revives an old session.
          data: { ...changes, ...(changes.status === 'disabled' ? { sessionVersion: { increment: 1 } } : {}) },
          select: PUBLIC_USER_FIELDS,
        });
        return { before: current, after, changes };
      },
      { isolationLevel: 'Serializable' },
    );
  let result: Awaited<ReturnType<typeof attempt>> | undefined;
  for (let tries = 1; !result; tries++) {
    try {
      result = await attempt();
    } catch (error) {
      if (!isSerializationFailure(error)) throw error;
      if (tries >= 5) throw new AppError('concurrent_change', 409, 'users.errors.concurrentChange');
      // a random pause, so two transactions that collided do not collide again in lockstep
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * tries));
    }
  }
  await auditChanges(actor, id, result.before, result.changes);
  if (result.changes.role !== undefined || result.changes.status !== undefined) {
    await auditKeysOfChangedCreator(actor, id, result.before, result.after);
  }
  return result.after;
}

async function auditChanges(
  actor: Actor,
  id: string,
  before: { name: string; role: string; status: string },
  changes: UpdateTenantUser,
) {
  const entries: { action: string; field: 'name' | 'role' | 'status' }[] = [];
  if (changes.name !== undefined) entries.push({ action: 'user.update', field: 'name' });
  if (changes.role !== undefined) entries.push({ action: 'user.role_change', field: 'role' });
  if (changes.status !== undefined)
    entries.push({ action: changes.status === 'disabled' ? 'user.disable' : 'user.enable', field: 'status' });
  for (const { action, field } of entries) {
    await recordAudit({
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      action,
      targetType: 'user',
      targetId: id,
      before: { [field]: before[field] },
      after: { [field]: changes[field] },
      requestId: actor.requestId,
    });
  }
}
