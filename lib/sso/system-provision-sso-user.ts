/**
 * Carries out decideSsoUser(): looks the identity up across all tenants (to notice users of other
 * tenants), links or just-in-time creates the user, and audits both. A system-* module because
 * those lookups must see every tenant; writes only ever touch the config's own tenant.
 */
import 'server-only';
import { db, Prisma, type Role } from '../db/client';
import { recordAudit } from '../audit/system-audit';
import { systemActor } from '../audit/audit-actor';
import { TENANT_ROLES } from '../rbac/permissions';
import { decideSsoUser, type KnownUser, type SsoIdentity, type SsoPolicy, type SsoRefusal } from './sso-user-rules';

export interface ProvisionInput extends SsoIdentity {
  name?: string | null;
}

export interface ProvisionPolicy extends SsoPolicy {
  defaultRole: string;
}

export type ProvisionResult =
  | { status: 'ok'; user: { id: string; tenantId: string }; created: boolean }
  | { status: 'refused'; reason: SsoRefusal };

const KNOWN = {
  id: true,
  tenantId: true,
  status: true,
  authSource: true,
  ssoIssuer: true,
  ssoSubject: true,
} as const;

export async function provisionSsoUser(
  identity: ProvisionInput,
  policy: ProvisionPolicy,
  requestId?: string,
  retried = false,
): Promise<ProvisionResult> {
  const email = identity.email?.trim().toLowerCase() || null;
  const [bySubject, byEmail] = await Promise.all([
    db().user.findUnique({
      where: { ssoIssuer_ssoSubject: { ssoIssuer: identity.issuer, ssoSubject: identity.subject } },
      select: KNOWN,
    }),
    email ? db().user.findUnique({ where: { email }, select: KNOWN }) : null,
  ]);
  const decision = decideSsoUser({ ...identity, email }, policy, {
    bySubject: bySubject as KnownUser | null,
    byEmail: byEmail as KnownUser | null,
  });

  switch (decision.kind) {
    case 'refuse':
      return { status: 'refused', reason: decision.reason };
    case 'sign_in':
      return { status: 'ok', user: { id: decision.userId, tenantId: policy.tenantId }, created: false };
    case 'link': {
      const linked = await linkIdentity(byEmail as KnownUser, { ...identity, email }, policy, requestId);
      if (linked) return { status: 'ok', user: { id: decision.userId, tenantId: policy.tenantId }, created: false };
      // Another sign-in linked (or changed) this user meanwhile: decide again, once, on what it did.
      if (!retried) return provisionSsoUser(identity, policy, requestId, true);
      return { status: 'refused', reason: 'subject_mismatch' };
    }
    case 'create':
      try {
        return await createJitUser({ ...identity, email: email! }, policy, requestId);
      } catch (error) {
        // Two first sign-ins racing: the other one created the row; decide again, once.
        if (!retried && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
          return provisionSsoUser(identity, policy, requestId, true);
        throw error;
      }
  }
}

/**
 * Links an admin-created SSO user (or one of the tenant's previous IdP) to this identity, once:
 * only if the row still holds the identity it was decided on (compare-and-set), so two identities
 * racing for one email cannot both win. Audited by the system (no actor), without the subject.
 */
async function linkIdentity(
  user: KnownUser,
  identity: ProvisionInput,
  policy: ProvisionPolicy,
  requestId?: string,
): Promise<boolean> {
  let count: number;
  try {
    ({ count } = await db().user.updateMany({
      where: {
        id: user.id,
        tenantId: policy.tenantId,
        authSource: 'sso',
        status: 'active',
        ssoIssuer: user.ssoIssuer,
        ssoSubject: user.ssoSubject,
      },
      data: { ssoIssuer: identity.issuer, ssoSubject: identity.subject },
    }));
  } catch (error) {
    // This identity was just given to another row (a racing first sign-in): not linked.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return false;
    throw error;
  }
  if (count !== 1) return false;
  await recordAudit({
    tenantId: policy.tenantId,
    actor: systemActor('sso'),
    action: 'user.sso_link',
    targetType: 'user',
    targetId: user.id,
    before: { ssoIssuer: user.ssoIssuer },
    after: { ssoIssuer: identity.issuer, email: identity.email, via: 'verified_email' },
    requestId,
  });
  return true;
}

async function createJitUser(
  identity: ProvisionInput & { email: string },
  policy: ProvisionPolicy,
  requestId?: string,
): Promise<ProvisionResult> {
  const name = identity.name?.trim().slice(0, 200) || identity.email.split('@')[0]!;
  const user = await db().user.create({
    data: {
      tenantId: policy.tenantId,
      email: identity.email,
      name,
      // never platform_owner, whatever the stored config says
      role: (TENANT_ROLES.includes(policy.defaultRole as never) ? policy.defaultRole : 'viewer') as Role,
      authSource: 'sso',
      ssoIssuer: identity.issuer,
      ssoSubject: identity.subject,
    },
    select: { id: true, email: true, name: true, role: true, authSource: true },
  });
  // Created by the system on the IdP's word, not by a person.
  await recordAudit({
    tenantId: policy.tenantId,
    actor: systemActor('sso'),
    action: 'user.create',
    targetType: 'user',
    targetId: user.id,
    after: { ...user, via: 'sso_jit' },
    requestId,
  });
  return { status: 'ok', user: { id: user.id, tenantId: policy.tenantId }, created: true };
}
