/**
 * A tenant administrator changes their own tenant's settings (today: its time zone). A system-*
 * module because tenants are platform rows; the tenant is always the caller's own (ctx.tenantId).
 * Audited as `tenant_settings.update` with before/after of what changed.
 */
import 'server-only';
import { db } from '../db/client';
import { notFound } from '../http/app-error';
import { recordAuditInTx } from '../audit/system-audit-tx';
import type { UpdateTenantSettings } from './tenant-settings-schemas';

export interface TenantSettingsActor {
  tenantId: string | null;
  userId: string;
  requestId?: string | null;
}

/** Returns `{ timeZone }` as stored; 404 without a tenant. */
export async function updateTenantSettings(actor: TenantSettingsActor, input: UpdateTenantSettings) {
  const tenantId = actor.tenantId;
  if (!tenantId) throw notFound();
  return db().$transaction(async (tx) => {
    const current = await tx.tenant.findUnique({ where: { id: tenantId }, select: { timeZone: true } });
    if (!current) throw notFound();
    if (current.timeZone !== input.timeZone) {
      await tx.tenant.update({ where: { id: tenantId }, data: { timeZone: input.timeZone } });
      await recordAuditInTx(tx, {
        tenantId,
        actorUserId: actor.userId,
        requestId: actor.requestId,
        action: 'tenant_settings.update',
        targetType: 'tenant',
        targetId: tenantId,
        before: { timeZone: current.timeZone },
        after: { timeZone: input.timeZone },
      });
    }
    return { timeZone: input.timeZone };
  });
}
