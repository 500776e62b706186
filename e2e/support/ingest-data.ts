/**
 * Data for e2e/ingest-api.spec.ts, written directly in the test database like support/data.ts:
 * a tenant with one signal, a `rest_push` integration mapping tag `FIC-101.PV` onto it, and API
 * keys of an engineer and a viewer.
 */
import crypto from 'node:crypto';
import { Pool } from 'pg';
import { generateApiKey, hashSecret } from '../../lib/api-keys/api-key-format';
import { createAsset, createSiteWithUnit, createTenant, createUser } from './data';

let pool: Pool | undefined;
function sql(text: string, values: unknown[] = []) {
  pool ??= new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  return pool.query(text, values);
}
export const closeIngestData = async () => {
  await pool?.end();
  pool = undefined;
};

async function apiKey(tenantId: string, role: string) {
  const creator = await createUser({ tenantId, role });
  const key = generateApiKey();
  await sql(
    `INSERT INTO api_keys (id, tenant_id, name, prefix, secret_hash, role, created_by_id)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6)`,
    [tenantId, `e2e ${role}`, key.prefix, hashSecret(key.secret), role, creator.id],
  );
  return key.token;
}

export async function createPushWorld() {
  const tenant = await createTenant();
  const { unit } = await createSiteWithUnit(tenant.id);
  const asset = await createAsset(tenant.id, unit.id);
  const signalId = crypto.randomUUID();
  const integrationId = crypto.randomUUID();
  await sql(
    `INSERT INTO signals (tenant_id, id, asset_id, tag, tag_key, kind, updated_at)
     VALUES ($1, $2, $3, $4, lower($4), 'measurement', now())`,
    [tenant.id, signalId, asset.id, `${asset.tag}.FIC`],
  );
  await sql(
    `INSERT INTO integrations (tenant_id, id, name, kind, updated_at) VALUES ($1, $2, 'E2E push', 'rest_push', now())`,
    [tenant.id, integrationId],
  );
  await sql(
    `INSERT INTO external_signal_mappings (tenant_id, id, integration_id, external_tag, signal_id, updated_at)
     VALUES ($1, gen_random_uuid(), $2, 'FIC-101.PV', $3, now())`,
    [tenant.id, integrationId, signalId],
  );
  return {
    tenantId: tenant.id,
    assetId: asset.id as string,
    signalId,
    integrationId,
    adminKey: await apiKey(tenant.id, 'tenant_admin'),
    engineerKey: await apiKey(tenant.id, 'engineer'),
    viewerKey: await apiKey(tenant.id, 'viewer'),
  };
}

export async function storedSamples(signalId: string): Promise<number> {
  return Number((await sql(`SELECT count(*) FROM signal_samples WHERE signal_id = $1`, [signalId])).rows[0].count);
}

/** The signal's latest value as the app reads it (signal_latest). */
export async function latestOf(signalId: string): Promise<{ ts: string; value: number } | null> {
  const { rows } = await sql(`SELECT ts, value FROM signal_latest WHERE signal_id = $1`, [signalId]);
  return rows[0] ? { ts: (rows[0].ts as Date).toISOString(), value: Number(rows[0].value) } : null;
}
