/**
 * Who an OpenID Connect sign-in becomes, as a pure decision (the database work is in
 * system-provision-sso-user.ts). The tenant always comes from the SSO config the sign-in
 * started with — never from the user row or the token — so a user of tenant A can never enter B.
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
  | 'no_account';

export interface SsoIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** undefined when the IdP does not send the claim (Entra ID): then the email is trusted as is */
  emailVerified?: boolean;
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
}

export type SsoDecision =
  | { kind: 'sign_in'; userId: string }
  /** an SSO user of this tenant pre-created by an admin, or from the tenant's previous IdP */
  | { kind: 'link'; userId: string }
  | { kind: 'create' }
  | { kind: 'refuse'; reason: SsoRefusal };

export function decideSsoUser(
  identity: SsoIdentity,
  policy: SsoPolicy,
  found: { bySubject: KnownUser | null; byEmail: KnownUser | null },
): SsoDecision {
  const refuse = (reason: SsoRefusal): SsoDecision => ({ kind: 'refuse', reason });
  if (!identity.email) return refuse('email_missing');
  if (identity.emailVerified === false) return refuse('email_unverified');
  const domain = emailDomain(identity.email);
  if (!domain || !policy.allowedDomains.includes(domain)) return refuse('domain_not_allowed');

  const { bySubject, byEmail } = found;
  if (bySubject) {
    if (bySubject.tenantId !== policy.tenantId) return refuse('other_tenant');
    if (bySubject.status !== 'active') return refuse('user_disabled');
    return { kind: 'sign_in', userId: bySubject.id };
  }
  if (byEmail) {
    if (byEmail.tenantId !== policy.tenantId) return refuse('other_tenant');
    // A password account is never taken over by an IdP that happens to assert its email.
    if (byEmail.authSource === 'local') return refuse('local_account');
    // Same IdP, different person behind the same email: refuse rather than hand over the account.
    if (byEmail.ssoSubject && byEmail.ssoIssuer === identity.issuer) return refuse('subject_mismatch');
    if (byEmail.status !== 'active') return refuse('user_disabled');
    return { kind: 'link', userId: byEmail.id };
  }
  return policy.jitEnabled ? { kind: 'create' } : refuse('no_account');
}
