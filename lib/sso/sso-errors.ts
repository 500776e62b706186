/**
 * Why an SSO sign-in ended on the login page: `/login?error=sso_<reason>`, each with a message
 * in messages/*.json under `login.ssoErrors`. Safe for client code (no server imports).
 */
export const SSO_ERROR_REASONS = [
  // before the IdP
  'not_configured',
  'config',
  'discovery',
  // the round trip
  'state',
  'idp',
  'token',
  // who came back (sso-user-rules.ts)
  'email_missing',
  'email_unverified',
  'domain_not_allowed',
  'other_tenant',
  'local_account',
  'subject_mismatch',
  'user_disabled',
  'no_account',
  'hosted_domain',
  'tenant_suspended',
  'failed',
] as const;
export type SsoErrorReason = (typeof SSO_ERROR_REASONS)[number];

/** `sso_state` → 'state'; anything else → null (not an SSO error). */
export function ssoErrorReason(value: unknown): SsoErrorReason | null {
  if (typeof value !== 'string' || !value.startsWith('sso_')) return null;
  const reason = value.slice(4);
  return (SSO_ERROR_REASONS as readonly string[]).includes(reason) ? (reason as SsoErrorReason) : null;
}
