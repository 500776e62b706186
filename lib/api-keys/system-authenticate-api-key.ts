/**
 * `Authorization: Bearer oiq_<prefix>_<secret>` → a RequestContext acting with the key's role in
 * the key's tenant. A platform-level lookup (system-*): the tenant is not known until the key is found.
 *
 * - No Authorization header: null (the caller falls back to the session cookie).
 * - Any Authorization header that is not a valid, active key of an active tenant: 401
 *   `invalid_api_key`, the same answer for every reason, so a caller learns nothing about keys.
 * - The actor: ctx.userId is the key's creator (audit entries stay attributable to a person) and
 *   ctx.apiKey (id, name, prefix) / authMethod 'api_key' say the request came through a key; audit
 *   entries record both (lib/audit/audit-actor.ts).
 * - The creator's standing is read on every request, like a session's user: a key of a disabled
 *   creator is refused (suspended), and ctx.apiKeyCreatorRole narrows the key to what the creator's
 *   current role allows too (allows() in lib/rbac). See api-key-status.ts.
 */
import 'server-only';
import { db } from '../db/client';
import type { RequestContext } from '../tenancy/request-context';
import { isRole, type RoleName } from '../rbac/permissions';
import { parseApiKey, secretMatches } from './api-key-format';
import { apiKeyEffect } from './api-key-status';
import { invalidApiKey } from './api-key-errors';
import { currentRequestId, requestIdFrom } from '../http/request-scope';

/** lastUsedAt is a hint for people, not an access log: write it at most once a minute per key. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export interface ApiKeyIdentity {
  apiKeyId: string;
  name: string;
  prefix: string;
  role: RequestContext['role'];
  tenantId: string;
  tenantName: string;
  createdById: string;
  /** the creator's current role: the key may do only what it allows too */
  creatorRole: RoleName;
}

export async function authenticateApiKey(token: string, now = new Date()): Promise<ApiKeyIdentity | null> {
  const parsed = parseApiKey(token);
  if (!parsed) return null;
  const key = await db().apiKey.findUnique({
    where: { prefix: parsed.prefix },
    select: {
      id: true,
      name: true,
      role: true,
      secretHash: true,
      tenantId: true,
      createdById: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      tenant: { select: { name: true, status: true } },
    },
  });
  if (!key || !secretMatches(parsed.secret, key.secretHash)) return null;
  if (key.tenant.status !== 'active' || !isRole(key.role) || key.role === 'platform_owner' || !key.createdById) {
    return null;
  }
  const creator = await db().user.findUnique({
    where: { id: key.createdById },
    select: { role: true, status: true, tenantId: true },
  });
  const { status } = apiKeyEffect(key, creator, now);
  if ((status !== 'active' && status !== 'narrowed') || !creator || !isRole(creator.role)) return null;
  await touchLastUsed(key.id, key.lastUsedAt, now);
  return {
    apiKeyId: key.id,
    name: key.name,
    prefix: parsed.prefix,
    role: key.role,
    tenantId: key.tenantId,
    tenantName: key.tenant.name,
    createdById: key.createdById,
    creatorRole: creator.role,
  };
}

async function touchLastUsed(id: string, lastUsedAt: Date | null, now: Date) {
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (lastUsedAt && lastUsedAt > staleBefore) return;
  // Conditional, so concurrent requests of one key write once.
  await db().apiKey.updateMany({
    where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
    data: { lastUsedAt: now },
  });
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** The request's API key context; null without an Authorization header; 401 for a bad one. */
export async function apiKeyContext(request: Request): Promise<RequestContext | null> {
  const header = request.headers.get('authorization');
  if (header === null) return null;
  const token = BEARER.exec(header)?.[1];
  const identity = token ? await authenticateApiKey(token) : null;
  if (!identity) throw invalidApiKey();
  return {
    userId: identity.createdById,
    role: identity.role,
    tenantId: identity.tenantId,
    tenantName: identity.tenantName,
    name: identity.name,
    email: null,
    requestId: currentRequestId() ?? requestIdFrom(request.headers),
    authMethod: 'api_key',
    apiKeyId: identity.apiKeyId,
    apiKeyCreatorRole: identity.creatorRole,
    apiKey: { id: identity.apiKeyId, name: identity.name, prefix: identity.prefix },
  };
}
