/**
 * SSO test data, written straight into the test database like data.ts: a tenant with an OpenID
 * Connect config pointing at the local test IdP (oidc-idp.ts), on email domains unique to the test.
 */
import crypto from 'node:crypto';
import { Pool } from 'pg';
import { seal } from '../../lib/sso/secret-box';
import { E2E_AUTH_SECRET } from '../../playwright.config';
import { createTenant, PASSWORD } from './data';
import { IDP_CLIENT, idpIssuer } from './sso-idp-config';

let pool: Pool | undefined;
function sql() {
  pool ??= new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  return pool;
}

/** A fresh email domain, e.g. a-1f2e3d4c.sso-a.test */
export const uniqueDomain = (label: string) => `${label}-${crypto.randomBytes(4).toString('hex')}.sso-a.test`;

export interface SsoConfigRow {
  /** the preset (default generic); any preset may point at the local IdP here, the API would refuse */
  provider?: 'generic' | 'okta' | 'google' | 'entra_id';
  issuer?: string;
  allowedDomains: string[];
  defaultRole?: string;
  jitEnabled?: boolean;
  enabled?: boolean;
}

export async function createSsoTenant(config: SsoConfigRow) {
  const tenant = await createTenant();
  await setSsoConfig(tenant.id, config);
  return tenant;
}

/** Creates or replaces the tenant's SSO config (client secret sealed with the server's AUTH_SECRET). */
export async function setSsoConfig(tenantId: string, config: SsoConfigRow) {
  await sql().query(
    `INSERT INTO tenant_sso_configs (tenant_id, provider, issuer, client_id, client_secret_encrypted,
       allowed_domains, default_role, jit_enabled, enabled, updated_at)
     VALUES ($1, $9, $2, $3, $4, $5, $6, $7, $8, now())
     ON CONFLICT (tenant_id) DO UPDATE SET provider = EXCLUDED.provider, issuer = EXCLUDED.issuer,
       allowed_domains = EXCLUDED.allowed_domains,
       default_role = EXCLUDED.default_role, jit_enabled = EXCLUDED.jit_enabled, enabled = EXCLUDED.enabled,
       updated_at = now()`,
    [
      tenantId,
      config.issuer ?? idpIssuer(),
      IDP_CLIENT.clientId,
      seal(IDP_CLIENT.clientSecret, 'sso-client-secret', E2E_AUTH_SECRET),
      config.allowedDomains,
      config.defaultRole ?? 'viewer',
      config.jitEnabled ?? true,
      config.enabled ?? true,
      config.provider ?? 'generic',
    ],
  );
}

export async function findUserByEmail(email: string) {
  const res = await sql().query(
    `SELECT id, tenant_id AS "tenantId", role, status, auth_source AS "authSource", sso_issuer AS "ssoIssuer",
            sso_subject AS "ssoSubject", password_hash IS NOT NULL AS "hasPassword"
       FROM users WHERE email = $1`,
    [email],
  );
  return res.rows[0] as
    | {
        id: string;
        tenantId: string;
        role: string;
        status: string;
        authSource: string;
        ssoIssuer: string;
        ssoSubject: string;
        hasPassword: boolean;
      }
    | undefined;
}

export async function auditActions(tenantId: string, targetId?: string) {
  const res = await sql().query(
    `SELECT action FROM audit_logs WHERE tenant_id = $1 AND ($2::text IS NULL OR target_id = $2) ORDER BY created_at`,
    [tenantId, targetId ?? null],
  );
  return res.rows.map((r: { action: string }) => r.action);
}

export async function storedClientSecret(tenantId: string): Promise<string | undefined> {
  const res = await sql().query(`SELECT client_secret_encrypted AS s FROM tenant_sso_configs WHERE tenant_id = $1`, [
    tenantId,
  ]);
  return res.rows[0]?.s;
}

/** A local (password) user with a chosen email, e.g. on a domain that later switches to SSO. */
export async function createLocalUser(tenantId: string, email: string, role = 'engineer') {
  const { hashPassword } = await import('../../lib/auth/password');
  const id = crypto.randomUUID();
  await sql().query(
    `INSERT INTO users (id, tenant_id, email, name, role, auth_source, password_hash, updated_at)
     VALUES ($1, $2, $3, 'E2E local', $4, 'local', $5, now())`,
    [id, tenantId, email, role, await hashPassword(PASSWORD)],
  );
  return { id, email, password: PASSWORD };
}

/** An SSO user an admin created before their first sign-in: no IdP identity linked yet. */
export async function createPendingSsoUser(tenantId: string, email: string, role = 'viewer') {
  const id = crypto.randomUUID();
  await sql().query(
    `INSERT INTO users (id, tenant_id, email, name, role, auth_source, updated_at)
     VALUES ($1, $2, $3, 'E2E pending SSO', $4, 'sso', now())`,
    [id, tenantId, email, role],
  );
  return { id, email };
}
