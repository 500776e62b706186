import type { AuditNames } from './system-audit-names';
import type { AuditActorType, AuditApiKey } from './audit-actor';
import { displayPrefix } from '../api-keys/api-key-format';

export interface AuditRow {
  id: string;
  tenantId: string | null;
  actorType: AuditActorType;
  actorUserId: string | null;
  apiKeyId: string | null;
  apiKeyName: string | null;
  apiKeyPrefix: string | null;
  systemActor: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  createdAt: Date;
}

/**
 * Whose eyes: a tenant viewer (tenantId set) sees names of their own tenant only; a platform
 * owner acting for them shows as "platform" without a name. The platform view (null) sees all.
 */
export type AuditViewer = { tenantId: string | null };

/** A person in an entry: the acting user, or the creator of the acting API key. */
export interface AuditPerson {
  /** null when this viewer may not see who it was (another tenant's user, a platform owner) */
  id: string | null;
  name: string | null;
  kind: 'user' | 'platform' | 'unknown';
}

/**
 * The actor as the API and the page show it:
 *   { type: 'user', user, apiKey: null, system: null }
 *   { type: 'api_key', user: <the key's creator>, apiKey: { id, name, prefix: 'oiq_<hex>' }, system: null }
 *   { type: 'system', user: null, apiKey: null, system: 'sso' | 'worker:<job>' | … }
 */
export interface AuditItemActor {
  type: AuditActorType;
  user: AuditPerson | null;
  apiKey: AuditApiKey | null;
  system: string | null;
}

function person(userId: string, names: AuditNames, visible: (tenantId: string | null) => boolean): AuditPerson {
  const user = names.users.get(userId);
  if (user && visible(user.tenantId))
    return { id: userId, name: user.name, kind: user.role === 'platform_owner' ? 'platform' : 'user' };
  return { id: null, name: null, kind: user?.role === 'platform_owner' ? 'platform' : 'unknown' };
}

function itemActor(row: AuditRow, names: AuditNames, visible: (tenantId: string | null) => boolean): AuditItemActor {
  const user = row.actorUserId ? person(row.actorUserId, names, visible) : null;
  const apiKey =
    row.actorType === 'api_key' && row.apiKeyId
      ? { id: row.apiKeyId, name: row.apiKeyName ?? '', prefix: displayPrefix(row.apiKeyPrefix ?? '') }
      : null;
  return { type: row.actorType, user, apiKey, system: row.actorType === 'system' ? row.systemActor : null };
}

/** The `code` or `tag` an entry's before/after snapshot holds, if any. */
function recordedName(snapshot: unknown): string | null {
  if (!snapshot || typeof snapshot !== 'object') return null;
  const { code, tag } = snapshot as { code?: unknown; tag?: unknown };
  return typeof tag === 'string' ? tag : typeof code === 'string' ? code : null;
}

export function toAuditItem(row: AuditRow, names: AuditNames, viewer: AuditViewer) {
  const visible = (tenantId: string | null) => viewer.tenantId === null || tenantId === viewer.tenantId;
  const actor = itemActor(row, names, visible);

  let targetName: string | null = null;
  let targetHref: string | null = null;
  const plant = row.targetId ? names.plant.get(`${row.targetType}:${row.targetId}`) : undefined;
  if (plant && visible(plant.tenantId)) {
    targetName = plant.name;
    targetHref = plant.href;
  } else if (row.targetId && row.targetType === 'user') {
    const user = names.users.get(row.targetId);
    targetName = user && visible(user.tenantId) ? user.name : null;
  } else if (row.targetId && row.targetType === 'tenant' && visible(row.targetId)) {
    targetName = names.tenants.get(row.targetId) ?? null;
  } else {
    // A deleted plant object: its code or tag as the entry recorded it (no page to link).
    targetName = recordedName(row.after) ?? recordedName(row.before);
  }

  return {
    id: row.id,
    createdAt: row.createdAt,
    tenantId: row.tenantId,
    tenantName: row.tenantId ? (names.tenants.get(row.tenantId) ?? null) : null,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetName,
    /** the target's page while it exists and this viewer may see it (plant objects), else null */
    targetHref,
    actor,
    /** kept for the API's earlier shape: the person's name */
    actorName: actor.user?.name ?? null,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
  };
}

export type AuditItem = ReturnType<typeof toAuditItem>;
