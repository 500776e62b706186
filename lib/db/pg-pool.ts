/**
 * A plain `pg` pool for the time-series hot path (bulk UNNEST inserts, bucketed reads), where
 * Prisma's per-row overhead would dominate. Only lib/db modules use it, and each of their functions
 * takes tenantId explicitly and filters by it.
 */
import 'server-only';
import { Pool } from 'pg';
import { env } from '../env';

const globalForPool = globalThis as unknown as { optriaPgPool?: Pool };

/** Lazily created (importing this module never needs a database). */
export function pgPool(): Pool {
  globalForPool.optriaPgPool ??= new Pool({
    connectionString: process.env.DATABASE_URL ?? env().DATABASE_URL,
    max: 10,
  });
  return globalForPool.optriaPgPool;
}

export async function closePgPool() {
  const pool = globalForPool.optriaPgPool;
  globalForPool.optriaPgPool = undefined;
  await pool?.end();
}
