/**
 * Test data owned by the specs: each spec creates the tenants and users it changes, directly in
 * the test database (the admin APIs arrive with the tenants/users issue), with unique names.
 */
import crypto from 'node:crypto';
import { Pool } from 'pg';
import { hashPassword } from '../../lib/auth/password';

let pool: Pool | undefined;
function sql() {
  if (!process.env.DATABASE_URL)
    throw new Error('e2e fixtures need DATABASE_URL (run through scripts/with-database.ts)');
  pool ??= new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  return pool;
}

export const PASSWORD = 'E2e-Password-2026';
const unique = () => crypto.randomBytes(4).toString('hex');

export async function createTenant(opts: { flags?: Record<string, boolean> } = {}) {
  const id = crypto.randomUUID();
  const slug = `e2e-${unique()}`;
  await sql().query(`INSERT INTO tenants (id, name, slug, updated_at) VALUES ($1, $2, $3, now())`, [
    id,
    `E2E ${slug}`,
    slug,
  ]);
  for (const [flag, enabled] of Object.entries(opts.flags ?? {})) {
    await sql().query(
      `INSERT INTO tenant_feature_flags (tenant_id, flag, enabled, updated_at) VALUES ($1, $2, $3, now())`,
      [id, flag, enabled],
    );
  }
  return { id, slug, name: `E2E ${slug}` };
}

export async function createUser(opts: { tenantId: string | null; role: string; name?: string }) {
  const id = crypto.randomUUID();
  const email = `${opts.role}.${unique()}@e2e.test`;
  await sql().query(
    `INSERT INTO users (id, tenant_id, email, name, role, auth_source, password_hash, updated_at)
     VALUES ($1, $2, $3, $4, $5, 'local', $6, now())`,
    [id, opts.tenantId, email, opts.name ?? `E2E ${opts.role}`, opts.role, await hashPassword(PASSWORD)],
  );
  return { id, email, password: PASSWORD };
}

export async function setUserStatus(id: string, status: 'active' | 'disabled') {
  await sql().query(`UPDATE users SET status = $2 WHERE id = $1`, [id, status]);
}

export async function demoTenantId(): Promise<string> {
  const res = await sql().query(`SELECT id FROM tenants WHERE slug = 'gulf-petrochem'`);
  return res.rows[0].id;
}

/** The client addresses recorded for an identifier's sign-in attempts, newest first. */
export async function signInAttemptIps(identifier: string): Promise<string[]> {
  const res = await sql().query(`SELECT ip FROM sign_in_attempts WHERE identifier = $1 ORDER BY created_at DESC`, [
    identifier,
  ]);
  return res.rows.map((r) => r.ip as string);
}

export async function userExists(email: string): Promise<boolean> {
  const res = await sql().query(`SELECT 1 FROM users WHERE email = $1`, [email]);
  return res.rowCount === 1;
}

/**
 * A site with one unit in a tenant, written directly (for specs that only need one to exist, e.g.
 * page titles); names are unique per call. Specs that test the plant build theirs over the API.
 */
export async function createSiteWithUnit(tenantId: string) {
  const code = `E2E-${unique()}`.toUpperCase();
  const site = { id: crypto.randomUUID(), code, nameAr: `موقع ${code}`, nameEn: `Site ${code}` };
  const unit = { id: crypto.randomUUID(), code: `${code}-U`, nameAr: `وحدة ${code}`, nameEn: `Unit ${code}` };
  await sql().query(
    `INSERT INTO sites (tenant_id, id, code, code_key, name_ar, name_en, updated_at) VALUES ($1, $2, $3, lower($3), $4, $5, now())`,
    [tenantId, site.id, site.code, site.nameAr, site.nameEn],
  );
  await sql().query(
    `INSERT INTO units (tenant_id, id, site_id, code, code_key, name_ar, name_en, updated_at)
     VALUES ($1, $2, $3, $4, lower($4), $5, $6, now())`,
    [tenantId, unit.id, site.id, unit.code, unit.nameAr, unit.nameEn],
  );
  return { site, unit };
}

/**
 * A signal's day of history (with a two-hour gap) through lib/ingest, and a health snapshot naming
 * it, written by e2e/support/seed-asset-history.ts in a child process (lib/ingest is server-only).
 */
export async function seedAssetHistory(args: { tenantId: string; assetId: string; signalId: string; tag: string }) {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync(
    'npx',
    ['tsx', '--conditions=react-server', 'e2e/support/seed-asset-history.ts', JSON.stringify(args)],
    {
      env: { ...process.env, AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-secret-0123456789-0123456789-0123456789' },
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as { inserted: number };
}

/** An asset (a pump) in a unit, written directly; unique tag and names per call. */
export async function createAsset(tenantId: string, unitId: string) {
  const tag = `E2E-P-${unique()}`.toUpperCase();
  const asset = { id: crypto.randomUUID(), tag, nameAr: `مضخة ${tag}`, nameEn: `Pump ${tag}` };
  await sql().query(
    `INSERT INTO assets (tenant_id, id, unit_id, tag, tag_key, name_ar, name_en, type, criticality, updated_at)
     VALUES ($1, $2, $3, $4, lower($4), $5, $6, 'pump', 'B', now())`,
    [tenantId, asset.id, unitId, asset.tag, asset.nameAr, asset.nameEn],
  );
  return asset;
}

/**
 * An integration of a kind without a connection (REST push: nothing for the worker to start),
 * written directly, for specs that only need one to exist (titles, what a viewer sees).
 */
export async function createPushIntegration(tenantId: string) {
  const integration = { id: crypto.randomUUID(), name: `E2E push ${unique()}` };
  await sql().query(
    `INSERT INTO integrations (tenant_id, id, name, kind, config, updated_at) VALUES ($1, $2, $3, 'rest_push', '{}', now())`,
    [tenantId, integration.id, integration.name],
  );
  return integration;
}
