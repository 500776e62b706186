/**
 * The relying party, on openid-client v6: discovery (cached briefly per issuer and client), the
 * authorization URL (code + PKCE S256 + state + nonce) and the code exchange with ID token
 * validation (signature, issuer, audience, nonce, expiry). Email comes from the ID token, or from
 * the userinfo endpoint when the IdP keeps it there (identity-claims.ts reads the claims). Every
 * request to the IdP (discovery, JWKS, token, userinfo) goes through guardedFetch: the
 * outbound-address policy, no redirects.
 */
import 'server-only';
import crypto from 'node:crypto';
import * as oidc from 'openid-client';
import { guardedFetch } from '../net/guarded-fetch';
import { resolveOutboundUrl } from '../net/outbound-policy';
import { allowHttpIssuers } from './sso-env';
import { SSO_SCOPES } from './sso-presets';
import { identityFromClaims, type VerifiedIdentity } from './identity-claims';

export interface RelyingParty {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

const CACHE_MS = 10 * 60_000;
const cache = new Map<string, { config: oidc.Configuration; until: number }>();

/**
 * Discovers the issuer; throws when it cannot be reached or names itself differently, and
 * OutboundAddressRefused (possibly as a `cause`) when the policy refuses its address — checked on
 * every call, so a cached configuration does not outlive a change of the settings.
 */
export async function discover(rp: RelyingParty): Promise<oidc.Configuration> {
  await resolveOutboundUrl(rp.issuer);
  const key = crypto.createHash('sha256').update(`${rp.issuer}\n${rp.clientId}\n${rp.clientSecret}`).digest('hex');
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.config;
  const url = new URL(rp.issuer);
  const insecure = url.protocol === 'http:' && allowHttpIssuers();
  const execute = insecure ? [oidc.allowInsecureRequests] : [];
  const found = await oidc.discovery(url, rp.clientId, undefined, undefined, {
    execute,
    timeout: 10,
    [oidc.customFetch]: guardedFetch,
  });
  // client_secret_basic is the OAuth default every provider supports; post only when basic is not listed.
  const methods = found.serverMetadata().token_endpoint_auth_methods_supported;
  // (No secret: a discovery check only, which never calls the token endpoint.)
  const auth = !rp.clientSecret
    ? oidc.None()
    : !methods || methods.includes('client_secret_basic')
      ? oidc.ClientSecretBasic(rp.clientSecret)
      : oidc.ClientSecretPost(rp.clientSecret);
  const config = new oidc.Configuration(found.serverMetadata(), rp.clientId, undefined, auth);
  config[oidc.customFetch] = guardedFetch;
  if (insecure) oidc.allowInsecureRequests(config);
  for (const [k, v] of cache) if (v.until <= Date.now()) cache.delete(k);
  cache.set(key, { config, until: Date.now() + CACHE_MS });
  return config;
}

export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function authorizationRequest(
  config: oidc.Configuration,
  opts: { redirectUri: string; loginHint: string },
): Promise<AuthorizationRequest> {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: opts.redirectUri,
    scope: SSO_SCOPES,
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    login_hint: opts.loginHint,
  });
  return { url, state, nonce, codeVerifier };
}

export type { VerifiedIdentity };

/** Exchanges the code and returns who the IdP says signed in; throws on any validation failure. */
export async function completeAuthorization(
  config: oidc.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<VerifiedIdentity> {
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    pkceCodeVerifier: checks.codeVerifier,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  const issuer = config.serverMetadata().issuer;
  // openid-client has checked this already; the tenant's trust hangs on it, so say it twice.
  if (!claims || claims.iss !== issuer) throw new Error('ID token issuer mismatch');
  // The claims are read (not judged) in identity-claims.ts; what a tenant trusts is sso-user-rules.ts.
  const userinfo =
    typeof claims.email !== 'string' && config.serverMetadata().userinfo_endpoint
      ? await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)
      : null;
  return identityFromClaims(issuer, claims, userinfo);
}

/** OAuth `error=` returned to the callback by the IdP (e.g. the user cancelled). */
export const isIdpError = (error: unknown) => error instanceof oidc.AuthorizationResponseError;
