import 'server-only';
import { AppError } from '../http/app-error';
import { setPassword } from '../db/user-credentials';
import { recordAudit } from '../audit/system-audit';
import { getTenantUser } from './list-tenant-users';
import { generateOneTimePassword } from './generate-password';
import type { Actor } from './actor';

/**
 * Gives a local user a generated temporary password (returned once) that must be changed at the
 * next sign-in, and ends the user's sessions (setPassword bumps the session version).
 */
export async function resetTenantUserPassword(actor: Actor, id: string) {
  const user = await getTenantUser(actor, id); // 404 for a foreign, missing or malformed id
  if (user.authSource !== 'local') {
    throw new AppError('sso_user_no_password', 409, 'users.errors.ssoNoPassword');
  }
  const oneTimePassword = generateOneTimePassword();
  await setPassword(user.id, oneTimePassword, { mustChange: true });
  await recordAudit({
    tenantId: actor.tenantId,
    actorUserId: actor.userId,
    action: 'user.reset_password',
    targetType: 'user',
    targetId: user.id,
    before: { mustChange: user.mustChangePassword },
    after: { mustChange: true, sessionsEnded: true },
    requestId: actor.requestId,
  });
  return { oneTimePassword };
}
