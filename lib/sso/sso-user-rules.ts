/**
 * Who an OpenID Connect sign-in becomes, as a pure decision (the database work is in
 * system-provision-sso-user.ts). The tenant always comes from the SSO config the sign-in
 * started with — never from the user row or the token — so a user of tenant A can never enter B.
 *
 * A person is known by issuer + subject. The email only finds someone the first time (an SSO user
 * an admin created, linked once) or names a new user (JIT), and only when the IdP vouches for it:
 * what vouches depends on the preset (emailTrusted; docs/sso.md "What each preset trusts").
 */
import { emailDomain } from './email-domain';

/** Reasons end up in the login URL as `?error=sso_<reason>` with a localized message. */
export type SsoRefusal =
  | 'email_missing'
  | 'email_unverified'
  | 'domain_not_allowed'
  | 'other_tenant'
  | 'local_account'
  | 'subject_mismatch'
  | 'user_disabled'
  | 'no_account'
  /** Google: not a Workspace account of one of the tenant's domains (`hd`) */
  | 'hosted_domain';

export interface SsoIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** email_verified was true; a missing claim counts as unverified */
  emailVerified: boolean;
  /** Google `hd`: the account's Workspace domain (lower-case); absent for personal accounts */
  hostedDomain?: string | null;
  /** Entra ID `xms_edov`: the email's domain is verified by the directory that owns it */
  emailDomainOwnerVerified?: boolean;
}

export interface KnownUser {
  id: string;
  tenantId: string | null;
  status: 'active' | 'disabled';
  authSource: 'local' | 'sso';
  ssoIssuer: string | null;
  ssoSubject: string | null;
}

export interface SsoPolicy {
  tenantId: string;
  allowedDomains: string[];
  jitEnabled: boolean;
  /** the config's preset (entra_id, okta, google, generic): it decides which claims count */
  provider: string;
}

export type SsoDecision =
  | { kind: 'sign_in'; userId: string }
  /** an SSO user of this tenant pre-created by an admin, or from the tenant's previous IdP */
  | { kind: 'link'; userId: string }
  | { kind: 'create' }
  | { kind: 'refuse'; reason: SsoRefusal };

/**
 * Whether the IdP vouches for the email, by preset. Entra ID does not send email_verified; its
 * `email` is whatever the directory holds (users without a mailbox can set it), so it counts only
 * with `xms_edov: true` (or an explicit email_verified). Every other preset needs email_verified.
 */
export function emailTrusted(identity: SsoIdentity, provider: string): boolean {
  if (provider === 'entra_id') return identity.emailVerified || identity.emailDomainOwnerVerified === true;
  return identity.emailVerified;
}

/**
 * Google's issuer is shared by every Google account in the world: only `hd` says the account
 * belongs to the tenant's Workspace. Checked on every sign-in (an account can leave the Workspace).
 */
function inTenantDirectory(identity: SsoIdentity, policy: SsoPolicy): boolean {
  if (policy.provider !== 'google') return true;
  return Boolean(identity.hostedDomain) && policy.allowedDomains.includes(identity.hostedDomain!);
}

export function decideSsoUser(
  identity: SsoIdentity,
  policy: SsoPolicy,
  found: { bySubject: KnownUser | null; byEmail: KnownUser | null },
): SsoDecision {
  const refuse = (reason: SsoRefusal): SsoDecision => ({ kind: 'refuse', reason });
  if (!inTenantDirectory(identity, policy)) return refuse('hosted_domain');

  // A returning person: issuer + subject only, whatever their email is now.
  const { bySubject, byEmail } = found;
  if (bySubject) {
    if (bySubject.tenantId !== policy.tenantId) return refuse('other_tenant');
    if (bySubject.status !== 'active') return refuse('user_disabled');
    return { kind: 'sign_in', userId: bySubject.id };
  }

  // Anyone else is found (linked) or created by email: only one the IdP vouches for, in this tenant's domains.
  if (!identity.email) return refuse('email_missing');
  if (!emailTrusted(identity, policy.provider)) return refuse('email_unverified');
  const domain = emailDomain(identity.email);
  if (!domain || !policy.allowedDomains.includes(domain)) return refuse('domain_not_allowed');
  if (byEmail) {
    if (byEmail.tenantId !== policy.tenantId) return refuse('other_tenant');
    // A password account is never taken over by an IdP that happens to assert its email.
    if (byEmail.authSource === 'local') return refuse('local_account');
    // Linked once: from then on only that identity of this IdP is this user (matched by subject above).
    if (byEmail.ssoSubject && byEmail.ssoIssuer === identity.issuer) return refuse('subject_mismatch');
    if (byEmail.status !== 'active') return refuse('user_disabled');
    return { kind: 'link', userId: byEmail.id };
  }
  return policy.jitEnabled ? { kind: 'create' } : refuse('no_account');
}
