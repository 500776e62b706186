/**
 * A new tenant together with its first tenant_admin, in one transaction: either both exist
 * afterwards (with their audit entries) or neither does. A generated one-time password is returned
 * exactly once, here; only its argon2id hash is stored.
 */
import 'server-only';
import { db } from '../db/client';
import { hashPassword } from '../auth/password';
import { recordAuditInTx } from '../audit/system-audit-tx';
import { assertEmailDomainOpen } from '../sso/system-domain-conflicts';
import { generateOneTimePassword } from '../users/generate-password';
import { assertPasswordAllowed } from '../users/password-policy';
import { emailTaken, slugTaken, uniqueViolationToAppError, usernameTaken } from './tenant-errors';
import type { CreateTenant } from './tenant-schemas';
import type { PlatformActor } from './tenant-actor';
import { TENANT_VIEW_SELECT, toTenantView } from './system-tenant-view';

const ADMIN_SELECT = {
  id: true,
  name: true,
  email: true,
  username: true,
  role: true,
  authSource: true,
  mustChangePassword: true,
} as const;

export async function createTenantWithAdmin(actor: PlatformActor, input: CreateTenant) {
  const { admin } = input;
  const local = admin.authSource === 'local';
  if (local && admin.password) {
    assertPasswordAllowed(admin.password, { email: admin.email, username: admin.username }, 'admin.password');
  }
  const oneTimePassword = local && !admin.password ? generateOneTimePassword() : undefined;
  const password = local ? (admin.password ?? oneTimePassword) : undefined;
  // Hashing is slow (on purpose): do it before the transaction opens.
  const passwordHash = password ? await hashPassword(password) : null;
  const username = local ? (admin.username ?? null) : null;
  const email = admin.email ?? null;

  try {
    const created = await db().$transaction(async (tx) => {
      if (await tx.tenant.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw slugTaken();
      if (email && (await tx.user.findUnique({ where: { email }, select: { id: true } }))) throw emailTaken();
      if (username && (await tx.user.findUnique({ where: { username }, select: { id: true } }))) {
        throw usernameTaken();
      }
      // A new tenant's admin may not sit in a domain another tenant verified for its SSO.
      await assertEmailDomainOpen(tx, email, null, 'admin.email');
      const tenant = await tx.tenant.create({
        data: { name: input.name, slug: input.slug, defaultLocale: input.defaultLocale, timeZone: input.timeZone },
        select: { id: true },
      });
      const user = await tx.user.create({
        data: {
          tenantId: tenant.id,
          name: admin.name,
          email,
          username,
          role: 'tenant_admin',
          authSource: admin.authSource,
          passwordHash,
          // Whoever set the first password is not the admin: the admin picks their own at first sign-in.
          mustChangePassword: local,
        },
        select: ADMIN_SELECT,
      });
      const view = toTenantView(
        await tx.tenant.findUniqueOrThrow({ where: { id: tenant.id }, select: TENANT_VIEW_SELECT }),
      );
      const audit = { tenantId: tenant.id, actorUserId: actor.userId, requestId: actor.requestId };
      await recordAuditInTx(tx, {
        ...audit,
        action: 'tenant.create',
        targetType: 'tenant',
        targetId: tenant.id,
        after: {
          name: view.name,
          slug: view.slug,
          defaultLocale: view.defaultLocale,
          timeZone: view.timeZone,
          status: view.status,
        },
      });
      await recordAuditInTx(tx, {
        ...audit,
        action: 'user.create',
        targetType: 'user',
        targetId: user.id,
        after: {
          name: user.name,
          email: user.email,
          username: user.username,
          role: user.role,
          authSource: user.authSource,
        },
      });
      return { tenant: view, admin: user };
    });
    return { ...created, ...(oneTimePassword ? { oneTimePassword } : {}) };
  } catch (error) {
    throw uniqueViolationToAppError(error) ?? error;
  }
}
