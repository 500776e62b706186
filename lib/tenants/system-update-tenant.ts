/**
 * Edits a tenant (name, default locale, time zone) and suspends/reactivates it. Suspension keeps every row;
 * it only stops sign-in (system-authenticate) and ends live sessions at their next request
 * (session-rules). Each kind of change gets its own audit entry with before/after.
 */
import 'server-only';
import { z } from 'zod';
import { db } from '../db/client';
import { notFound } from '../http/app-error';
import { recordAuditInTx } from '../audit/system-audit-tx';
import type { UpdateTenant } from './tenant-schemas';
import type { PlatformActor } from './tenant-actor';
import { TENANT_VIEW_SELECT, toTenantView } from './system-tenant-view';

type Changes = Record<string, unknown>;

/** Only the fields whose value actually changes, as { before, after }. */
function diff(current: Changes, wanted: Changes) {
  const before: Changes = {};
  const after: Changes = {};
  for (const [key, value] of Object.entries(wanted)) {
    if (value !== undefined && current[key] !== value) {
      before[key] = current[key];
      after[key] = value;
    }
  }
  return Object.keys(after).length ? { before, after } : null;
}

export async function updateTenant(actor: PlatformActor, id: string, input: UpdateTenant) {
  if (!z.uuid().safeParse(id).success) throw notFound();
  return db().$transaction(async (tx) => {
    const current = await tx.tenant.findUnique({
      where: { id },
      select: { name: true, defaultLocale: true, timeZone: true, status: true },
    });
    if (!current) throw notFound();
    const details = diff(current, {
      name: input.name,
      defaultLocale: input.defaultLocale,
      timeZone: input.timeZone,
    });
    const status = diff(current, { status: input.status });
    if (details || status) {
      await tx.tenant.update({ where: { id }, data: { ...details?.after, ...status?.after } });
    }
    const audit = {
      tenantId: id,
      actorUserId: actor.userId,
      requestId: actor.requestId,
      targetType: 'tenant',
      targetId: id,
    };
    if (details) await recordAuditInTx(tx, { ...audit, action: 'tenant.update', ...details });
    if (status) {
      const action = status.after.status === 'suspended' ? 'tenant.suspend' : 'tenant.reactivate';
      await recordAuditInTx(tx, { ...audit, action, ...status });
    }
    return toTenantView(await tx.tenant.findUniqueOrThrow({ where: { id }, select: TENANT_VIEW_SELECT }));
  });
}
