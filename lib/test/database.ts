/**
 * A fresh database per integration test file, cloned from the migrated template.
 * In beforeAll: `const database = await createTestDatabase(); process.env.DATABASE_URL = database.url;`
 * before the first db() call, so the app's own client connects to the clone.
 */
import crypto from 'node:crypto';
import { Client } from 'pg';
import { TEMPLATE_DB, withDatabase } from './database-url';

function adminUrl() {
  const url = process.env.DATABASE_URL_ADMIN ?? process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  process.env.DATABASE_URL_ADMIN = url;
  return url;
}

async function onServer(sql: string) {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function newDatabase(prefix: string, template?: string) {
  const name = `${prefix}_${crypto.randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return {
    name,
    url: withDatabase(adminUrl(), name),
    drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** A migrated database (clone of the template built by global-setup). */
export const createTestDatabase = () => newDatabase('optria_t', TEMPLATE_DB);

/** An empty database, for tests of the migrations themselves. */
export const createEmptyDatabase = () => newDatabase('optria_e');
