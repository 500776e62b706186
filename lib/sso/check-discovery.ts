/**
 * "Test connection" on the settings page: can this issuer be discovered, and does it name itself
 * the same? Needs no client credentials (discovery is public).
 */
import 'server-only';
import { z } from 'zod';
import { AppError } from '../http/app-error';
import { findOutboundRefusal } from '../net/outbound-policy';
import { discover } from './oidc-client';
import { isIssuerSchemeAllowed } from './sso-env';
import { logSso } from './log-sso';

export const ZDiscoveryCheck = z.object({ issuer: z.url('sso.errors.issuer').max(500) });

export async function checkDiscovery(issuer: string) {
  if (!isIssuerSchemeAllowed(issuer))
    throw new AppError('sso_issuer_insecure', 400, 'sso.errors.issuerHttps', { field: 'issuer' });
  try {
    const meta = (await discover({ issuer, clientId: 'discovery-check', clientSecret: '' })).serverMetadata();
    return {
      ok: true,
      issuer: meta.issuer,
      authorizationEndpoint: meta.authorization_endpoint ?? null,
      tokenEndpoint: meta.token_endpoint ?? null,
      userinfoEndpoint: meta.userinfo_endpoint ?? null,
    };
  } catch (error) {
    // A refused address was never connected to: one answer whatever listens there.
    const refused = findOutboundRefusal(error);
    logSso('info', 'discovery check failed', { issuer, error, refused: refused?.reason });
    if (refused) throw refused;
    throw new AppError('sso_discovery_failed', 422, 'sso.errors.discoveryFailed');
  }
}
