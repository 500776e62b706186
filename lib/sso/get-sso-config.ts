/**
 * The tenant's SSO settings as any API or page may show them: never the client secret, only
 * whether one is stored.
 */
import 'server-only';
import { tenantDb, type TenantScope } from '../db/tenant-db';
import type { SsoProvider } from './sso-presets';

export interface SsoConfigView {
  provider: SsoProvider;
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  allowedDomains: string[];
  defaultRole: string;
  jitEnabled: boolean;
  enabled: boolean;
  updatedAt: Date;
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

/** The tenant's config, or null when SSO was never set up. */
export async function getSsoConfig(ctx: TenantScope): Promise<SsoConfigView | null> {
  const row = await tenantDb(ctx).tenantSsoConfig.findUnique({ where: { tenantId: ctx.tenantId! } });
  return row ? toSsoConfigView(row) : null;
}
