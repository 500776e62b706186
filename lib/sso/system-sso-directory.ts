/**
 * Where a sign-in goes: an email's domain → the one tenant whose enabled SSO config lists it.
 * A system-* module because this lookup runs before anyone is signed in, across all tenants.
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
  allowedDomains: string[];
  defaultRole: string;
  jitEnabled: boolean;
}

const SELECT = {
  tenantId: true,
  provider: true,
  issuer: true,
  clientId: true,
  clientSecretEncrypted: true,
  allowedDomains: true,
  defaultRole: true,
  jitEnabled: true,
  enabled: true,
  tenant: { select: { status: true } },
} as const;

type Row = { clientSecretEncrypted: string; tenant: { status: string }; enabled: boolean } & Omit<
  ActiveSsoConfig,
  'clientSecret' | 'tenantActive'
>;

function toActive(row: Row): ActiveSsoConfig {
  const { clientSecretEncrypted, tenant, enabled: _enabled, ...rest } = row;
  void _enabled;
  return {
    ...rest,
    tenantActive: tenant.status === 'active',
    clientSecret: clientSecretEncrypted ? open(clientSecretEncrypted, 'sso-client-secret') : null,
  };
}

/** The enabled SSO config for this email's domain, or null (then the user signs in with a password). */
export async function findSsoConfigForEmail(email: string): Promise<ActiveSsoConfig | null> {
  const domain = emailDomain(email);
  if (!domain) return null;
  const row = await db().tenantSsoConfig.findFirst({
    where: { enabled: true, allowedDomains: { has: domain } },
    select: SELECT,
  });
  return row ? toActive(row) : null;
}

/** A tenant's enabled config, re-read at the callback (it may have changed since the redirect). */
export async function findSsoConfigForTenant(tenantId: string): Promise<ActiveSsoConfig | null> {
  const row = await db().tenantSsoConfig.findUnique({ where: { tenantId }, select: SELECT });
  return row?.enabled ? toActive(row) : null;
}
