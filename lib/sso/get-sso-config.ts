/**
 * The tenant's SSO settings as any API or page may show them: never the client secret, only
 * whether one is stored; each listed domain with its claim (status, TXT record to publish).
 */
import 'server-only';
import { tenantDb, type TenantScope } from '../db/tenant-db';
import type { DomainClaimView } from './domain-claim-record';
import { claimsFor, listDomainClaims } from './list-domain-claims';
import type { SsoProvider } from './sso-presets';

export interface SsoConfigView {
  provider: SsoProvider;
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  /** the domains the tenant asks for; only those whose claim is verified route sign-ins */
  allowedDomains: string[];
  defaultRole: string;
  jitEnabled: boolean;
  enabled: boolean;
  updatedAt: Date;
}

export interface SsoSettingsView extends SsoConfigView {
  /** the claim of each listed domain, in the list's order */
  domains: DomainClaimView[];
}

interface StoredConfig {
  provider: string;
  issuer: string;
  clientId: string;
  clientSecretEncrypted: string;
  allowedDomains: string[];
  defaultRole: string;
  jitEnabled: boolean;
  enabled: boolean;
  updatedAt: Date;
}

export function toSsoConfigView(row: StoredConfig): SsoConfigView {
  return {
    provider: row.provider as SsoProvider,
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecretSet: row.clientSecretEncrypted.length > 0,
    allowedDomains: row.allowedDomains,
    defaultRole: row.defaultRole,
    jitEnabled: row.jitEnabled,
    enabled: row.enabled,
    updatedAt: row.updatedAt,
  };
}

/** The tenant's config with its domain claims, or null when SSO was never set up. */
export async function getSsoConfig(ctx: TenantScope): Promise<SsoSettingsView | null> {
  const row = await tenantDb(ctx).tenantSsoConfig.findUnique({ where: { tenantId: ctx.tenantId! } });
  if (!row) return null;
  const view = toSsoConfigView(row);
  return { ...view, domains: claimsFor(view.allowedDomains, await listDomainClaims(ctx)) };
}
