/**
 * Step two (GET /api/sso/callback): check the state against the sealed cookie, exchange the code,
 * validate the ID token, then decide who signs in (system-provision-sso-user.ts). The tenant is
 * the one the sign-in started with; the config is re-read, so a change made meanwhile counts.
 */
import 'server-only';
import crypto from 'node:crypto';
import { recordAudit } from '../audit/system-audit';
import { systemActor } from '../audit/audit-actor';
import { completeAuthorization, discover, isIdpError, type VerifiedIdentity } from './oidc-client';
import type { SsoErrorReason } from './sso-errors';
import { openState, type SsoState } from './sso-state';
import { findSsoConfigForTenant } from './system-sso-directory';
import { provisionSsoUser } from './system-provision-sso-user';
import { logSso } from './log-sso';

export type FinishResult =
  | { ok: true; userId: string; tenantId: string; locale: 'ar' | 'en'; next: string }
  | { ok: false; reason: SsoErrorReason; locale: 'ar' | 'en' };

export async function finishSsoSignIn(input: {
  stateCookie: string | undefined;
  /** the callback URL's query string as received */
  search: URLSearchParams;
  /** used for the error redirect when there is no readable state cookie */
  fallbackLocale: 'ar' | 'en';
  requestId: string;
}): Promise<FinishResult> {
  const state = openState(input.stateCookie);
  const fail = (reason: SsoErrorReason): FinishResult => ({
    ok: false,
    reason,
    locale: state?.locale ?? input.fallbackLocale,
  });
  if (!state || !sameString(input.search.get('state'), state.state)) {
    logSso('warn', 'missing, expired or mismatched state', { hasCookie: Boolean(input.stateCookie) });
    return fail('state');
  }
  const config = await findSsoConfigForTenant(state.tenantId);
  // The config was switched off or pointed elsewhere while the user was at the IdP.
  if (!config || config.issuer !== state.issuer || !config.clientSecret) return fail('not_configured');
  if (!config.tenantActive) return fail('tenant_suspended');

  let identity: VerifiedIdentity;
  try {
    const rp = await discover({ issuer: config.issuer, clientId: config.clientId, clientSecret: config.clientSecret });
    const callbackUrl = new URL(state.redirectUri);
    callbackUrl.search = input.search.toString();
    identity = await completeAuthorization(rp, callbackUrl, state);
  } catch (error) {
    const reason = isIdpError(error) ? 'idp' : 'token';
    logSso('warn', 'authorization response rejected', { tenantId: state.tenantId, reason, error });
    await refusalAudit(state, reason, null, input.requestId);
    return fail(reason);
  }

  const result = await provisionSsoUser(
    identity,
    {
      tenantId: state.tenantId,
      allowedDomains: config.allowedDomains,
      jitEnabled: config.jitEnabled,
      defaultRole: config.defaultRole,
      provider: config.provider,
    },
    input.requestId,
  );
  if (result.status === 'refused') {
    logSso('info', 'sign-in refused', { tenantId: state.tenantId, reason: result.reason });
    await refusalAudit(state, result.reason, identity, input.requestId);
    return fail(result.reason);
  }
  return { ok: true, userId: result.user.id, tenantId: result.user.tenantId, locale: state.locale, next: state.next };
}

/** The tenant admin can see refused SSO sign-ins (and why) in the audit log. */
function refusalAudit(state: SsoState, reason: string, identity: VerifiedIdentity | null, requestId: string) {
  return recordAudit({
    tenantId: state.tenantId,
    actor: systemActor('sso'),
    action: 'auth.sso_sign_in_refused',
    targetType: 'sso_config',
    targetId: state.tenantId,
    after: { reason, email: identity?.email ?? null, subject: identity?.subject ?? null },
    requestId,
  });
}

function sameString(a: string | null, b: string): boolean {
  if (a === null) return false;
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
