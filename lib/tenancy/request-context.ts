/**
 * getRequestContext(): who is calling, for which tenant, with which role — resolved once per
 * request from the session and re-checked against the database (status, session version,
 * tenant status), so a disabled user or changed password ends the session at the next request.
 */
import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { auth } from '../auth/auth';
import { loadSessionUser } from './system-session-user';
import type { RoleName } from '../rbac/permissions';
import { isSessionCurrent } from './session-rules';
import { currentRequestId, requestIdFrom } from '../http/request-scope';

export interface RequestContext {
  userId: string;
  role: RoleName;
  /** null for platform_owner outside any tenant */
  tenantId: string | null;
  tenantName: string | null;
  name: string;
  email: string | null;
  requestId: string;
  authMethod: 'session' | 'api_key';
  /** set when a platform owner works inside a tenant (see system-acting-tenant.ts) */
  actingAsPlatformOwner?: boolean;
  /** the key of an API-key request (authMethod 'api_key'); userId is then the key's creator */
  apiKeyId?: string;
  /** API-key requests: the creator's current role; the request may do only what both roles allow (allows()) */
  apiKeyCreatorRole?: RoleName;
  /** the same key's id, name and prefix (for the audit log) */
  apiKey?: { id: string; name: string; prefix: string };
  /** an administrator set this user's password: pages send them to /change-password first */
  mustChangePassword?: boolean;
}

export const getRequestContext = cache(async (): Promise<RequestContext | null> => {
  const session = await auth();
  const claims = session?.user;
  if (!claims?.id) return null;
  const user = await loadSessionUser(claims.id);
  if (!user || !isSessionCurrent(claims, user)) return null;
  const h = await headers();
  return {
    userId: user.id,
    role: user.role,
    tenantId: user.tenantId,
    tenantName: user.tenant?.name ?? null,
    name: user.name,
    email: user.email,
    requestId: currentRequestId() ?? requestIdFrom(h),
    authMethod: 'session',
    mustChangePassword: user.mustChangePassword,
  };
});
