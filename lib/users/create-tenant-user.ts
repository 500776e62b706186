import 'server-only';
import { AppError } from '../http/app-error';
import { hashPassword } from '../auth/password';
import { recordAudit } from '../audit/system-audit';
import { assertPasswordAllowed } from './password-policy';
import { generateOneTimePassword } from './generate-password';
import { takenIdentifier } from './system-identifier-taken';
import { insertTenantUser } from './system-insert-tenant-user';
import { isUniqueViolation, type Actor } from './actor';
import type { CreateTenantUser } from './schemas';

const taken = (field: 'email' | 'username') =>
  new AppError(`${field}_taken`, 409, `users.errors.${field}Taken`, { field });

/**
 * Creates an active local user in the actor's tenant. Without a password one is generated and
 * returned once; either way the user must choose their own password at first sign-in.
 * 409 when the email or username is taken, or the email's domain is another tenant's verified
 * SSO domain.
 */
export async function createTenantUser(actor: Actor, input: CreateTenantUser) {
  if (!actor.tenantId) throw new AppError('tenant_required', 400, 'errors.tenantRequired');
  const generated = input.password === undefined;
  const password = input.password ?? generateOneTimePassword();
  if (!generated) assertPasswordAllowed(password, input);
  const duplicate = await takenIdentifier(input);
  if (duplicate) throw taken(duplicate);
  const user = await insertTenantUser(actor.tenantId, {
    name: input.name,
    email: input.email ?? null,
    username: input.username ?? null,
    role: input.role,
    status: 'active',
    authSource: 'local',
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
  }).catch((error: unknown) => {
    if (error instanceof AppError) throw error;
    // Lost a race with another create of the same identifier.
    if (isUniqueViolation(error)) throw taken(input.email ? 'email' : 'username');
    // Some Prisma errors quote the query's arguments, the password hash included: never pass them on to logs.
    throw new Error(`creating a user failed (${String((error as { code?: unknown }).code ?? 'no code')})`);
  });
  await recordAudit({
    tenantId: actor.tenantId,
    actorUserId: actor.userId,
    action: 'user.create',
    targetType: 'user',
    targetId: user.id,
    after: {
      name: user.name,
      email: user.email,
      username: user.username,
      role: user.role,
      status: user.status,
      authSource: user.authSource,
      generatedOneTime: generated,
    },
    requestId: actor.requestId,
  });
  return generated ? { user, oneTimePassword: password } : { user };
}
