/**
 * Readiness and configuration status for operators. Platform-level reads (system-* module).
 * Never returns secrets: the database is described by version and migration state only.
 */
import 'server-only';
import { db } from '../db/client';
import { migrationStatus } from '../db/migrate';
import { env } from '../env';
import { resolveFlags } from '../flags/flags';

import { HEARTBEAT_STALE_MS, WORKER_HEARTBEAT } from './heartbeat-names';
import pkg from '../../package.json';

export async function readiness() {
  try {
    await db().$queryRaw`SELECT 1`;
    const migrations = await migrationStatus(env().DATABASE_URL);
    const ready = migrations.pending.length === 0 && migrations.modified.length === 0;
    return {
      ready,
      checks: {
        database: 'ok' as const,
        migrations: ready ? ('ok' as const) : ('pending' as const),
        pendingMigrations: migrations.pending,
      },
    };
  } catch {
    return { ready: false, checks: { database: 'unreachable' as const } };
  }
}

export async function configStatus() {
  const [versionRow, migrations, tenants, heartbeat] = await Promise.all([
    db().$queryRaw<{ server_version: string }[]>`SHOW server_version`,
    migrationStatus(env().DATABASE_URL),
    db().tenant.findMany({
      select: {
        id: true,
        slug: true,
        name: true,
        status: true,
        featureFlags: { select: { flag: true, enabled: true } },
      },
      orderBy: { slug: 'asc' },
    }),
    db().systemHeartbeat.findUnique({ where: { name: WORKER_HEARTBEAT } }),
  ]);
  const lastBeat = heartbeat?.beatAt ?? null;
  return {
    app: { name: 'OPTRIA IQ', version: pkg.version, environment: env().APP_ENV, nodeEnv: env().NODE_ENV },
    database: {
      serverVersion: versionRow[0]?.server_version ?? null,
      embedded: process.env.OPTRIA_EMBEDDED_DB === '1',
      migrations: {
        applied: migrations.applied.length,
        pending: migrations.pending,
        modified: migrations.modified,
        latest: migrations.applied.at(-1) ?? null,
      },
    },
    tenants: tenants.map((t) => ({
      id: t.id,
      slug: t.slug,
      name: t.name,
      status: t.status,
      flags: resolveFlags(t.featureFlags),
    })),
    worker: {
      lastHeartbeatAt: lastBeat?.toISOString() ?? null,
      healthy: lastBeat !== null && Date.now() - lastBeat.getTime() < HEARTBEAT_STALE_MS,
    },
  };
}
