/**
 * Where a sign-in goes: an email's domain → the one tenant with a VERIFIED claim on it and SSO
 * switched on. A pending claim routes nothing. A system-* module because this lookup runs before
 * anyone is signed in, across all tenants.
 */
import 'server-only';
import { db } from '../db/client';
import { emailDomain } from './email-domain';
import { open } from './secret-box';

export interface ActiveSsoConfig {
  tenantId: string;
  tenantActive: boolean;
  /** the preset: it decides which identity claims the tenant trusts (sso-user-rules.ts) */
  provider: string;
  issuer: string;
  clientId: string;
  /** null when it cannot be decrypted (AUTH_SECRET changed): the admin must re-enter it */
  clientSecret: string | null;
  /** the tenant's verified domains: the only ones its IdP may sign people in for */
  verifiedDomains: string[];
  defaultRole: string;
  jitEnabled: boolean;
}

const SELECT = {
  tenantId: true,
  provider: true,
  issuer: true,
  clientId: true,
  clientSecretEncrypted: true,
  defaultRole: true,
  jitEnabled: true,
  enabled: true,
  tenant: {
    select: { status: true, domainClaims: { where: { status: 'verified' as const }, select: { domain: true } } },
  },
} as const;

interface Row {
  tenantId: string;
  provider: string;
  issuer: string;
  clientId: string;
  clientSecretEncrypted: string;
  defaultRole: string;
  jitEnabled: boolean;
  enabled: boolean;
  tenant: { status: string; domainClaims: { domain: string }[] };
}

function toActive(row: Row): ActiveSsoConfig {
  const { clientSecretEncrypted, tenant, enabled: _enabled, ...rest } = row;
  void _enabled;
  return {
    ...rest,
    tenantActive: tenant.status === 'active',
    verifiedDomains: tenant.domainClaims.map((c) => c.domain),
    clientSecret: clientSecretEncrypted ? open(clientSecretEncrypted, 'sso-client-secret') : null,
  };
}

/** The enabled SSO config for this email's domain, or null (then the user signs in with a password). */
export async function findSsoConfigForEmail(email: string): Promise<ActiveSsoConfig | null> {
  const domain = emailDomain(email);
  if (!domain) return null;
  const claim = await db().ssoDomainClaim.findFirst({
    where: { activeDomain: domain, status: 'verified' },
    select: { tenantId: true },
  });
  if (!claim) return null;
  // Defence in depth beyond the claim rules: an address that belongs to an account outside the
  // claiming tenant — a platform user above all — is never sent to that tenant's IdP, whatever
  // the claims say. It keeps the password step.
  const account = await db().user.findFirst({
    where: { email: { equals: email.trim(), mode: 'insensitive' } },
    select: { tenantId: true },
  });
  if (account && account.tenantId !== claim.tenantId) return null;
  return findSsoConfigForTenant(claim.tenantId);
}

/** A tenant's enabled config, re-read at the callback (it may have changed since the redirect). */
export async function findSsoConfigForTenant(tenantId: string): Promise<ActiveSsoConfig | null> {
  const row = await db().tenantSsoConfig.findUnique({ where: { tenantId }, select: SELECT });
  return row?.enabled ? toActive(row) : null;
}
