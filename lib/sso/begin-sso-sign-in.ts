/**
 * Step one of an SSO sign-in (GET /api/sso/start): the email's domain picks the tenant, the
 * tenant's config picks the IdP; the browser is sent there with PKCE, state and nonce, which
 * travel in the sealed state cookie.
 */
import 'server-only';
import { safeNextPath } from '../auth/safe-next-path';
import { authorizationRequest, discover } from './oidc-client';
import type { SsoErrorReason } from './sso-errors';
import { sealState } from './sso-state';
import { findSsoConfigForEmail } from './system-sso-directory';
import { logSso } from './log-sso';

export type BeginResult =
  { ok: true; authorizationUrl: string; stateCookie: string } | { ok: false; reason: SsoErrorReason };

export async function beginSsoSignIn(input: {
  email: string;
  locale: 'ar' | 'en';
  next: string | undefined;
  redirectUri: string;
}): Promise<BeginResult> {
  const config = await findSsoConfigForEmail(input.email);
  if (!config) return { ok: false, reason: 'not_configured' };
  if (!config.tenantActive) return { ok: false, reason: 'tenant_suspended' };
  if (!config.clientSecret) {
    logSso('warn', 'client secret cannot be decrypted (AUTH_SECRET changed?)', { tenantId: config.tenantId });
    return { ok: false, reason: 'config' };
  }
  let request;
  try {
    const rp = await discover({ issuer: config.issuer, clientId: config.clientId, clientSecret: config.clientSecret });
    request = await authorizationRequest(rp, { redirectUri: input.redirectUri, loginHint: input.email.trim() });
  } catch (error) {
    logSso('warn', 'issuer discovery failed', { tenantId: config.tenantId, issuer: config.issuer, error });
    return { ok: false, reason: 'discovery' };
  }
  const stateCookie = sealState({
    tenantId: config.tenantId,
    issuer: config.issuer,
    state: request.state,
    nonce: request.nonce,
    codeVerifier: request.codeVerifier,
    redirectUri: input.redirectUri,
    locale: input.locale,
    next: safeNextPath(input.next),
  });
  return { ok: true, authorizationUrl: request.url.href, stateCookie };
}
