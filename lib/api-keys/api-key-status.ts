/**
 * What a key may do right now, from the key and its creator's current standing (checked on every
 * request, like a session). A key holds no rights of its own beyond its creator's:
 * - revoked (for good) and expired (its time has passed) win over everything;
 * - suspended: the creator is disabled, gone, or not a user of the key's tenant — the key is refused;
 * - narrowed: the creator's current role lacks some of the key's permissions — the key may do only
 *   what both roles allow;
 * - active: the key's own role applies in full.
 * Whether the creator must change their password does not matter: that is about their password,
 * and a key is a separate credential (revoke it to stop it).
 */
import { effectivePermissions, isRole, type Permission, type RoleName } from '../rbac/permissions';

export const API_KEY_STATUSES = ['active', 'narrowed', 'suspended', 'expired', 'revoked'] as const;
export type ApiKeyStatus = (typeof API_KEY_STATUSES)[number];

export interface ApiKeyState {
  tenantId: string;
  role: string;
  revokedAt: Date | null;
  expiresAt: Date | null;
}

/** The creator's row as it is now; null when the key has no (longer a) creator. */
export interface ApiKeyCreatorState {
  role: string;
  status: string;
  tenantId: string | null;
}

export interface ApiKeyEffect {
  status: ApiKeyStatus;
  /** what a request with the key may do (empty unless active or narrowed) */
  permissions: Permission[];
}

/** The tenant roles a key or its creator can hold; anything else suspends the key. */
const tenantRole = (role: string): RoleName | null => (isRole(role) && role !== 'platform_owner' ? role : null);

export function apiKeyEffect(key: ApiKeyState, creator: ApiKeyCreatorState | null, now = new Date()): ApiKeyEffect {
  const none = (status: ApiKeyStatus): ApiKeyEffect => ({ status, permissions: [] });
  if (key.revokedAt) return none('revoked');
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return none('expired');
  const keyRole = tenantRole(key.role);
  const creatorRole = creator ? tenantRole(creator.role) : null;
  if (!keyRole || !creator || !creatorRole || creator.status !== 'active' || creator.tenantId !== key.tenantId) {
    return none('suspended');
  }
  const own = effectivePermissions({ role: keyRole });
  const permissions = effectivePermissions({ role: keyRole, apiKeyCreatorRole: creatorRole });
  return { status: permissions.length < own.length ? 'narrowed' : 'active', permissions };
}

export const apiKeyStatus = (key: ApiKeyState, creator: ApiKeyCreatorState | null, now = new Date()) =>
  apiKeyEffect(key, creator, now).status;
