/**
 * Password sign-in: throttle, check credentials, refuse disabled users and suspended tenants.
 * Every failure looks the same to the caller (no account enumeration); only throttling differs.
 */
import 'server-only';
import { db } from '../db/client';
import { checkCredentials, normaliseIdentifier } from '../db/user-credentials';
import { recordAudit } from '../audit/system-audit';
import { isThrottled, recordSignInAttempt } from './system-sign-in-throttle';
import type { RoleName } from '../rbac/permissions';

export interface SignedInUser {
  id: string;
  email: string | null;
  name: string;
  role: RoleName;
  tenantId: string | null;
  sessionVersion: number;
}

export type AuthenticateResult = { status: 'ok'; user: SignedInUser } | { status: 'invalid' } | { status: 'throttled' };

export async function authenticate(input: {
  identifier: string;
  password: string;
  ip: string;
}): Promise<AuthenticateResult> {
  const identifier = normaliseIdentifier(input.identifier);
  if (await isThrottled(identifier, input.ip)) return { status: 'throttled' };
  const user = await checkCredentials(identifier, input.password);
  const usable = user && user.status === 'active' && (user.tenant === null || user.tenant.status === 'active');
  await recordSignInAttempt(identifier, input.ip, Boolean(usable));
  if (!usable) return { status: 'invalid' };
  await db().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({
    tenantId: user.tenantId,
    actorUserId: user.id,
    action: 'auth.sign_in',
    targetType: 'user',
    targetId: user.id,
  });
  return {
    status: 'ok',
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      tenantId: user.tenantId,
      sessionVersion: user.sessionVersion,
    },
  };
}
