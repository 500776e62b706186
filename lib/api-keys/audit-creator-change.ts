import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { recordAudit } from '../audit/system-audit';
import { apiKeyEffect, type ApiKeyCreatorState, type ApiKeyStatus } from './api-key-status';
import { displayPrefix } from './api-key-format';

/** Who changed the creator (a RequestContext fits). */
export interface CreatorChangeActor {
  tenantId: string | null;
  userId: string;
  requestId: string;
}

const ACTION: Partial<Record<ApiKeyStatus, string>> = {
  suspended: 'api_key.suspended',
  narrowed: 'api_key.narrowed',
  active: 'api_key.restored',
};

/**
 * A user's role or status changed: their keys changed with them (api-key-status.ts). Records one
 * audit entry per key whose effect changed — `api_key.suspended`, `api_key.narrowed` (also when an
 * already narrowed key loses or regains permissions) or `api_key.restored` — in the creator's
 * tenant, by the actor who changed the user. Revoked and expired keys are left out.
 */
export async function auditKeysOfChangedCreator(
  actor: CreatorChangeActor,
  creatorId: string,
  before: ApiKeyCreatorState,
  after: ApiKeyCreatorState,
  now = new Date(),
) {
  const keys = await tenantDb(actor).apiKey.findMany({
    where: { createdById: creatorId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    select: { id: true, tenantId: true, name: true, prefix: true, role: true, revokedAt: true, expiresAt: true },
    orderBy: { createdAt: 'asc' },
  });
  for (const key of keys) {
    const was = apiKeyEffect(key, before, now);
    const is = apiKeyEffect(key, after, now);
    const action = ACTION[is.status];
    if (!action || (was.status === is.status && was.permissions.join() === is.permissions.join())) continue;
    const lost = was.permissions.filter((p) => !is.permissions.includes(p));
    const gained = is.permissions.filter((p) => !was.permissions.includes(p));
    await recordAudit({
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      action,
      targetType: 'api_key',
      targetId: key.id,
      before: { status: was.status, creatorRole: before.role, creatorStatus: before.status },
      after: {
        name: key.name,
        prefix: displayPrefix(key.prefix),
        role: key.role,
        status: is.status,
        creatorRole: after.role,
        creatorStatus: after.status,
        ...(lost.length ? { permissionsLost: lost } : {}),
        ...(gained.length ? { permissionsRegained: gained } : {}),
      },
      requestId: actor.requestId,
    });
  }
}
