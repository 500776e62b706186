/**
 * The one Prisma client of the process. Feature code never imports it (lint rule): it goes through
 * tenantDb(ctx) or a `system-*.ts` file. Password hashes are omitted from every query by default.
 */
import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { env } from '../env';
import { closePgPool } from './pg-pool';

function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? env().DATABASE_URL, max: 10 }),
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { optriaDb?: Db };

/** Lazily created so importing this module never needs a database (e.g. during `next build`). */
export function db(): Db {
  globalForDb.optriaDb ??= createClient();
  return globalForDb.optriaDb;
}

/** Closes the Prisma client and the time-series pool (lib/db/pg-pool.ts). */
export async function disconnectDb() {
  await globalForDb.optriaDb?.$disconnect();
  globalForDb.optriaDb = undefined;
  await closePgPool();
}

export { Prisma } from './generated/client';
export type { Role, UserStatus, TenantStatus, AuthSource } from './generated/client';
