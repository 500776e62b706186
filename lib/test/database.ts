/**
 * A fresh database per integration test file, cloned from the migrated template.
 * In beforeAll: `const database = await createTestDatabase(); process.env.DATABASE_URL = database.url;`
 * before the first db() call, so the app's own client connects to the clone.
 */
import crypto from 'node:crypto';
import { Client } from 'pg';
import { TEMPLATE_DB, withDatabase } from './database-url';

export async function createTestDatabase() {
  const adminUrl = process.env.DATABASE_URL_ADMIN ?? process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  process.env.DATABASE_URL_ADMIN = adminUrl;
  const name = `optria_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  return {
    name,
    url,
    async drop() {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function createEmptyDatabase() {
  const adminUrl = process.env.DATABASE_URL_ADMIN ?? process.env.DATABASE_URL!;
  const name = `optria_e_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    name,
    url: withDatabase(adminUrl, name),
    async drop() {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
