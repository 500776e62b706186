/**
 * The identity an OpenID Connect sign-in asserts, as raw facts from the validated ID token (and the
 * userinfo response, fetched for the same subject, when the ID token carries no email). Nothing here
 * decides trust: which claims make an email trustworthy is decided per preset in sso-user-rules.ts.
 */
import type { SsoIdentity } from './sso-user-rules';

export interface VerifiedIdentity extends SsoIdentity {
  name: string | null;
}

type Claims = Record<string, unknown>;

/** Only an explicit true counts (some IdPs send the string "true"); missing or anything else is false. */
const isTrue = (value: unknown) => value === true || value === 'true';

const lowerOrNull = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : null);

/**
 * idToken: the ID token's claims (signature, issuer, audience, nonce and expiry already checked);
 * userinfo: the userinfo response, or null when it was not fetched.
 */
export function identityFromClaims(
  issuer: string,
  idToken: Claims & { sub: string },
  userinfo: Claims | null,
): VerifiedIdentity {
  // email and email_verified travel together: both from the ID token, or both from userinfo.
  const source = typeof idToken.email === 'string' || !userinfo ? idToken : userinfo;
  const claim = (name: string) => idToken[name] ?? userinfo?.[name];
  const name = typeof source.name === 'string' ? source.name : typeof idToken.name === 'string' ? idToken.name : null;
  return {
    issuer,
    subject: idToken.sub,
    email: lowerOrNull(source.email),
    emailVerified: isTrue(source.email_verified),
    // Google: the Workspace domain of the account; personal Google accounts have none.
    hostedDomain: lowerOrNull(claim('hd')),
    // Entra ID (optional claim xms_edov): the email's domain is verified by the directory that owns it.
    emailDomainOwnerVerified: isTrue(claim('xms_edov')),
    name,
  };
}
