/**
 * Jest global setup for integration tests: builds one template database from the real
 * migrations; each test file clones it (lib/test/database.ts), which takes milliseconds.
 */
import { Client } from 'pg';
import { migrate } from '../db/migrate';
import { TEMPLATE_DB, withDatabase } from './database-url';

export default async function globalSetup() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('Integration tests need DATABASE_URL: run them through `npm run test:integration`.');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  await migrate(withDatabase(adminUrl, TEMPLATE_DB));
}
