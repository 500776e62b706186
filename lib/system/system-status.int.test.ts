// Operator status: readiness reflects database reachability and migration state; configStatus
// describes tenants, flags, migrations and the worker heartbeat — and never leaks a secret.
import { createTestDatabase } from '../test/database';
import { createTwoTenants, type TwoTenants } from '../test/system-fixtures';
import { db, disconnectDb } from '../db/client';
import { readMigrations } from '../db/migrate';
import { seedDemo } from '../demo/system-seed-demo';
import { DEMO_TENANT } from '../demo/demo-accounts';
import { FLAG_NAMES } from '../flags/flags';
import { configStatus, readiness } from './system-status';
import { beat } from './system-heartbeat';
import { HEARTBEAT_STALE_MS, WORKER_HEARTBEAT } from './heartbeat-names';
import pkg from '../../package.json';

jest.setTimeout(30_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let w: TwoTenants;
const migrations = readMigrations();
const allOn = Object.fromEntries(FLAG_NAMES.map((f) => [f, true]));

beforeAll(async () => {
  testDb = await createTestDatabase();
  // Before the first env() call, which caches the URL that readiness/configStatus use.
  process.env.DATABASE_URL = testDb.url;
  w = await createTwoTenants();
  await seedDemo();
});

afterAll(async () => {
  await disconnectDb();
  await testDb?.drop();
});

/** No hash, no password, no connection string, no auth secret — anywhere in the payload. */
function expectNoSecrets(value: unknown) {
  const json = JSON.stringify(value);
  expect(json).not.toMatch(/argon2/i);
  expect(json).not.toMatch(/password/i);
  expect(json).not.toMatch(/postgres(ql)?:\/\//i);
  expect(json).not.toContain(testDb.url);
  expect(json).not.toContain(process.env.AUTH_SECRET!);
}

describe('readiness', () => {
  it('is ready on a fully migrated database', async () => {
    expect(await readiness()).toEqual({
      ready: true,
      checks: { database: 'ok', migrations: 'ok', pendingMigrations: [] },
    });
  });

  it('is not ready while a migration is pending', async () => {
    const last = migrations.at(-1)!.name;
    await db().$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = ${last}`;
    try {
      expect(await readiness()).toEqual({
        ready: false,
        checks: { database: 'ok', migrations: 'pending', pendingMigrations: [last] },
      });
    } finally {
      await db().$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = ${last}`;
    }
    expect((await readiness()).ready).toBe(true);
  });

  it('is not ready when an applied migration was edited afterwards', async () => {
    const last = migrations.at(-1)!;
    await db()
      .$executeRaw`UPDATE _prisma_migrations SET checksum = ${'0'.repeat(64)} WHERE migration_name = ${last.name}`;
    try {
      const result = await readiness();
      expect(result.ready).toBe(false);
      expect((await configStatus()).database.migrations.modified).toEqual([last.name]);
    } finally {
      await db()
        .$executeRaw`UPDATE _prisma_migrations SET checksum = ${last.checksum} WHERE migration_name = ${last.name}`;
    }
  });

  it('reports an unreachable database without throwing or leaking its URL', async () => {
    await disconnectDb();
    process.env.DATABASE_URL = 'postgresql://nobody:secret-pw@127.0.0.1:1/none';
    try {
      const result = await readiness();
      expect(result).toEqual({ ready: false, checks: { database: 'unreachable' } });
      expect(JSON.stringify(result)).not.toContain('secret-pw');
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = testDb.url;
    }
    expect((await readiness()).ready).toBe(true);
  });
});

describe('configStatus', () => {
  it('describes the app and the database by version and migration state', async () => {
    const status = await configStatus();
    expect(status.app).toEqual({
      name: 'OPTRIA IQ',
      version: pkg.version,
      environment: process.env.APP_ENV ?? 'demo',
      nodeEnv: 'test',
    });
    expect(status.database.serverVersion).toMatch(/^\d+(\.\d+)?/);
    expect(status.database.migrations).toEqual({
      applied: migrations.length,
      pending: [],
      modified: [],
      latest: migrations.at(-1)!.name,
    });
  });

  it('lists every tenant by slug with its resolved flags', async () => {
    const { tenants } = await configStatus();
    expect(tenants.map((t) => t.slug)).toEqual([w.tenantA.slug, w.tenantB.slug, DEMO_TENANT.slug]);
    const bySlug = Object.fromEntries(tenants.map((t) => [t.slug, t]));
    expect(bySlug[w.tenantA.slug]).toEqual({
      id: w.tenantA.id,
      slug: w.tenantA.slug,
      name: w.tenantA.name,
      status: 'active',
      flags: { ...allOn, digital_twin: false },
    });
    expect(bySlug[w.tenantB.slug]!.flags).toEqual({ ...allOn, black_box: false });
    expect(bySlug[DEMO_TENANT.slug]).toMatchObject({ name: DEMO_TENANT.name, flags: allOn });
  });

  it('reports the worker heartbeat: absent, then healthy after a beat, then stale', async () => {
    await db().systemHeartbeat.deleteMany();
    expect((await configStatus()).worker).toEqual({ lastHeartbeatAt: null, healthy: false });

    const before = Date.now();
    await beat();
    const { worker } = await configStatus();
    expect(worker.healthy).toBe(true);
    expect(Date.parse(worker.lastHeartbeatAt!)).toBeGreaterThanOrEqual(before - 1000);

    const stale = new Date(Date.now() - HEARTBEAT_STALE_MS - 1000);
    await db().systemHeartbeat.update({ where: { name: WORKER_HEARTBEAT }, data: { beatAt: stale } });
    expect((await configStatus()).worker).toEqual({ lastHeartbeatAt: stale.toISOString(), healthy: false });

    // Another process's heartbeat is not the worker's.
    await db().systemHeartbeat.deleteMany();
    await beat('some-other-process');
    expect((await configStatus()).worker.lastHeartbeatAt).toBeNull();
  });

  it('contains no secrets', async () => {
    await beat();
    const status = await configStatus();
    expect(status.tenants.length).toBeGreaterThan(0);
    expectNoSecrets(status);
    expectNoSecrets(await readiness());
  });
});
