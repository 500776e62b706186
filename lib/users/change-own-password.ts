import 'server-only';
import { AppError, unauthenticated } from '../http/app-error';
import { checkCredentials, setPassword } from '../db/user-credentials';
import { recordAudit } from '../audit/system-audit';
import { loadSessionUser } from '../tenancy/system-session-user';
import { isThrottled, recordSignInAttempt } from '../auth/system-sign-in-throttle';
import { assertPasswordAllowed } from './password-policy';
import type { ChangePassword } from './schemas';

/**
 * A signed-in user replaces their own password (forced after an admin set one, or by choice).
 * The current password is checked like a sign-in (and throttled like one); the new one must
 * pass the policy. Returns the identifier to sign in again with, since the old session ends.
 */
export async function changeOwnPassword(
  userId: string,
  input: Pick<ChangePassword, 'currentPassword' | 'newPassword'>,
  meta: { ip: string; requestId: string },
) {
  const user = await loadSessionUser(userId);
  const identifier = user?.email ?? user?.username;
  if (!user || !identifier) throw unauthenticated();
  if (await isThrottled(identifier, meta.ip)) throw new AppError('throttled', 429, 'users.errors.throttled');
  const checked = await checkCredentials(identifier, input.currentPassword);
  if (!checked || checked.id !== user.id) {
    await recordSignInAttempt(identifier, meta.ip, false);
    throw new AppError('wrong_password', 400, 'users.errors.currentPasswordWrong', { field: 'currentPassword' });
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('password_unchanged', 400, 'users.errors.passwordUnchanged', { field: 'newPassword' });
  }
  assertPasswordAllowed(input.newPassword, user, 'newPassword');
  await setPassword(user.id, input.newPassword, { mustChange: false });
  await recordAudit({
    tenantId: user.tenantId,
    actorUserId: user.id,
    action: 'user.change_password',
    targetType: 'user',
    targetId: user.id,
    before: { mustChange: user.mustChangePassword },
    after: { mustChange: false, sessionsEnded: true },
    requestId: meta.requestId,
  });
  return { identifier };
}
