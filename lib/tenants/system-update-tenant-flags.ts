/**
 * Turns a tenant's modules on or off (rows in tenant_feature_flags; an absent row is the flag's
 * default). The sidebar, pages and APIs read the flags per request, so a change applies at once.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '../db/client';
import { notFound } from '../http/app-error';
import { recordAuditInTx } from '../audit/system-audit-tx';
import { FLAG_NAMES, resolveFlags, type FeatureFlag } from '../flags/flags';
import type { UpdateTenantFlags } from './tenant-schemas';
import type { PlatformActor } from './tenant-actor';

export async function updateTenantFlags(actor: PlatformActor, id: string, input: UpdateTenantFlags) {
  if (!z.uuid().safeParse(id).success) throw notFound();
  return db().$transaction(async (tx) => {
    const tenant = await tx.tenant.findUnique({ where: { id }, select: { id: true } });
    if (!tenant) throw notFound();
    const current = resolveFlags(await tx.tenantFeatureFlag.findMany({ where: { tenantId: id } }));
    const changed = FLAG_NAMES.filter((f) => input.flags[f] !== undefined && input.flags[f] !== current[f]);
    if (changed.length === 0) return current;
    for (const flag of changed) {
      const enabled = input.flags[flag]!;
      await tx.tenantFeatureFlag.upsert({
        where: { tenantId_flag: { tenantId: id, flag } },
        create: { tenantId: id, flag, enabled },
        update: { enabled },
      });
    }
    const pick = (set: Record<FeatureFlag, boolean>) => Object.fromEntries(changed.map((f) => [f, set[f]]));
    const next = { ...current, ...pick(input.flags as Record<FeatureFlag, boolean>) };
    await recordAuditInTx(tx, {
      tenantId: id,
      actorUserId: actor.userId,
      requestId: actor.requestId,
      action: 'flag.update',
      targetType: 'tenant',
      targetId: id,
      before: pick(current),
      after: pick(next),
    });
    return next;
  });
}
