// tenantDb(ctx) isolation: with tenant A's context no read sees, and no write touches, tenant B's
// rows, whatever the query says. Every write check is verified afterwards with the raw client.
import { createTestDatabase } from '../test/database';
import { createTwoTenants, type TwoTenants } from '../test/system-fixtures';
import { AppError } from '../http/app-error';
import { isEnabled } from '../flags/is-enabled';
import { recordAudit } from '../audit/system-audit';
import { listAuditLog } from '../audit/list-audit-log';
import { db, disconnectDb } from './client';
import { tenantDb, type TenantDb } from './tenant-db';

jest.setTimeout(30_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let w: TwoTenants;
let tdb: TenantDb;
const ids = <T extends { id: string }>(rows: T[]) => rows.map((r) => r.id).sort();

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  w = await createTwoTenants();
  tdb = tenantDb({ tenantId: w.tenantA.id });
});

afterAll(async () => {
  await disconnectDb();
  await testDb?.drop();
});

/** B's rows as the raw client sees them, to compare before/after an attempted write. */
const snapshotB = async () => ({
  users: await db().user.findMany({ where: { tenantId: w.tenantB.id }, orderBy: { id: 'asc' } }),
  flags: await db().tenantFeatureFlag.findMany({ where: { tenantId: w.tenantB.id }, orderBy: { flag: 'asc' } }),
  audit: await db().auditLog.findMany({ where: { tenantId: w.tenantB.id }, orderBy: { id: 'asc' } }),
});

describe('context', () => {
  it.each([null, ''])('refuses a context without a tenant (%p) with AppError 400', (tenantId) => {
    let thrown: unknown;
    try {
      tenantDb({ tenantId });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ status: 400, code: 'tenant_required' });
  });

  it('does not reach models without tenant_id', async () => {
    await expect(tdb.tenant.findMany()).rejects.toThrow(/Tenant is not tenant-owned/);
    await expect(tdb.tenant.update({ where: { id: w.tenantB.id }, data: { name: 'x' } })).rejects.toThrow(
      /not tenant-owned/,
    );
    await expect(tdb.signInAttempt.count()).rejects.toThrow(/SignInAttempt is not tenant-owned/);
    await expect(tdb.systemHeartbeat.findMany()).rejects.toThrow(/not tenant-owned/);
    expect((await db().tenant.findUniqueOrThrow({ where: { id: w.tenantB.id } })).name).toBe(w.tenantB.name);
  });

  it('refuses raw SQL, which it could not scope', async () => {
    await expect(tdb.$queryRaw`SELECT id FROM users`).rejects.toThrow(/Raw SQL is not available/);
    await expect(tdb.$queryRawUnsafe('SELECT id FROM tenants')).rejects.toThrow(/Raw SQL/);
    await expect(tdb.$executeRaw`DELETE FROM users`).rejects.toThrow(/Raw SQL/);
    await expect(tdb.$executeRawUnsafe('DELETE FROM users')).rejects.toThrow(/Raw SQL/);
    expect(await db().user.count({ where: { tenantId: w.tenantB.id } })).toBeGreaterThan(0);
  });
});

describe('users: reads', () => {
  it('findMany returns exactly tenant A users, even when asked for B', async () => {
    expect(ids(await tdb.user.findMany())).toEqual(ids(Object.values(w.a)));
    // An explicit tenantId in the query is overridden by the context's.
    expect(ids(await tdb.user.findMany({ where: { tenantId: w.tenantB.id } }))).toEqual(ids(Object.values(w.a)));
    const either = await tdb.user.findMany({ where: { OR: [{ tenantId: w.tenantB.id }, { id: w.b.admin.id }] } });
    expect(either).toEqual([]);
  });

  it('does not return platform users (tenantId null)', async () => {
    expect(await tdb.user.findFirst({ where: { id: w.owner.id } })).toBeNull();
    expect(await tdb.user.findFirst({ where: { role: 'platform_owner' } })).toBeNull();
  });

  it('findFirst / findUnique of a B user id return null; of an A user the row', async () => {
    expect(await tdb.user.findFirst({ where: { id: w.b.admin.id } })).toBeNull();
    expect(await tdb.user.findFirst({ where: { email: w.b.admin.email } })).toBeNull();
    expect(await tdb.user.findUnique({ where: { id: w.b.admin.id } })).toBeNull();
    expect(await tdb.user.findUnique({ where: { email: w.b.admin.email! } })).toBeNull();
    await expect(tdb.user.findUniqueOrThrow({ where: { id: w.b.admin.id } })).rejects.toThrow();
    await expect(tdb.user.findFirstOrThrow({ where: { id: w.b.engineer.id } })).rejects.toThrow();
    expect(await tdb.user.findUnique({ where: { id: w.a.admin.id } })).toMatchObject({
      id: w.a.admin.id,
      tenantId: w.tenantA.id,
    });
  });

  it('count, aggregate and groupBy see only A', async () => {
    expect(await tdb.user.count()).toBe(Object.keys(w.a).length);
    expect(await tdb.user.count({ where: { tenantId: w.tenantB.id } })).toBe(Object.keys(w.a).length);
    expect(await tdb.user.count({ where: { id: { in: ids(Object.values(w.b)) } } })).toBe(0);
    const agg = await tdb.user.aggregate({ _count: { _all: true } });
    expect(agg._count._all).toBe(Object.keys(w.a).length);
    const byRole = await tdb.user.groupBy({ by: ['role'], _count: { _all: true }, orderBy: { role: 'asc' } });
    // A has two engineers (one disabled) and two viewers (one SSO); B's rows would add to these.
    expect(Object.fromEntries(byRole.map((g) => [g.role, g._count._all]))).toEqual({
      tenant_admin: 1,
      reliability_engineer: 1,
      optimization_engineer: 1,
      engineer: 2,
      viewer: 2,
    });
  });

  it('never returns the password hash', async () => {
    const rows = await tdb.user.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(rows)).not.toContain('argon2');
  });

  it('relations reached through an A row stay in A', async () => {
    const rows = await tdb.user.findMany({ include: { tenant: { select: { id: true } } } });
    expect(new Set(rows.map((r) => r.tenant?.id))).toEqual(new Set([w.tenantA.id]));
  });
});

describe('users: writes aimed at tenant B change nothing', () => {
  let before: Awaited<ReturnType<typeof snapshotB>>;
  beforeEach(async () => {
    before = await snapshotB();
  });
  afterEach(async () => {
    expect(await snapshotB()).toEqual(before);
  });

  it('update of a B user fails as not found', async () => {
    await expect(tdb.user.update({ where: { id: w.b.admin.id }, data: { name: 'Hacked' } })).rejects.toThrow();
  });

  it('updateMany / updateManyAndReturn of B users update 0 rows', async () => {
    const bIds = ids(Object.values(w.b));
    expect(await tdb.user.updateMany({ where: { id: { in: bIds } }, data: { status: 'disabled' } })).toEqual({
      count: 0,
    });
    expect(await tdb.user.updateManyAndReturn({ where: { id: { in: bIds } }, data: { name: 'Hacked' } })).toEqual([]);
  });

  it('delete of a B user fails; deleteMany deletes 0 rows', async () => {
    await expect(tdb.user.delete({ where: { id: w.b.viewer.id } })).rejects.toThrow();
    expect(await tdb.user.deleteMany({ where: { id: { in: ids(Object.values(w.b)) } } })).toEqual({ count: 0 });
  });

  it('upsert keyed on a B user creates an A user instead of updating B', async () => {
    const created = await tdb.user.upsert({
      where: { id: w.b.engineer.id },
      update: { name: 'Hacked' },
      create: { tenantId: w.tenantB.id, name: 'Upserted', role: 'viewer', email: 'upserted@alpha.test' },
    });
    expect(created.id).not.toBe(w.b.engineer.id);
    const raw = await db().user.findUniqueOrThrow({ where: { id: created.id } });
    expect(raw).toMatchObject({ tenantId: w.tenantA.id, name: 'Upserted' });
    await db().user.delete({ where: { id: created.id } });
  });

  it('an A row cannot be moved into tenant B', async () => {
    const row = await db().user.create({ data: { tenantId: w.tenantA.id, name: 'Mover', role: 'viewer' } });
    const attempts = [
      () => tdb.user.update({ where: { id: row.id }, data: { tenantId: w.tenantB.id } }),
      () => tdb.user.update({ where: { id: row.id }, data: { tenant: { connect: { id: w.tenantB.id } } } }),
      () => tdb.user.updateMany({ where: { id: row.id }, data: { tenantId: w.tenantB.id } }),
      () =>
        tdb.user.upsert({
          where: { id: row.id },
          update: { tenantId: w.tenantB.id },
          create: { name: 'x', role: 'viewer' },
        }),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toThrow(/tenantId cannot be changed/);
      expect((await db().user.findUniqueOrThrow({ where: { id: row.id } })).tenantId).toBe(w.tenantA.id);
    }
    // Naming its own tenant is allowed (a no-op).
    await tdb.user.update({ where: { id: row.id }, data: { tenantId: w.tenantA.id, name: 'Mover 2' } });
    expect(await db().user.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      tenantId: w.tenantA.id,
      name: 'Mover 2',
    });
    await db().user.delete({ where: { id: row.id } });
  });
});

describe('users: creates are forced into tenant A', () => {
  it('create ignores a tenantId of B in the data', async () => {
    const created = await tdb.user.create({ data: { tenantId: w.tenantB.id, name: 'Created', role: 'engineer' } });
    expect(created.tenantId).toBe(w.tenantA.id);
    expect((await db().user.findUniqueOrThrow({ where: { id: created.id } })).tenantId).toBe(w.tenantA.id);
    await db().user.delete({ where: { id: created.id } });
  });

  it('create cannot attach the row to B through the relation either', async () => {
    await expect(
      tdb.user.create({ data: { name: 'Sneaky', role: 'engineer', tenant: { connect: { id: w.tenantB.id } } } }),
    ).rejects.toThrow();
    expect(await db().user.count({ where: { name: 'Sneaky' } })).toBe(0);
  });

  it('createMany / createManyAndReturn force every row into A', async () => {
    const { count } = await tdb.user.createMany({
      data: [
        { tenantId: w.tenantB.id, name: 'Bulk 1', role: 'viewer' },
        { tenantId: null, name: 'Bulk 2', role: 'viewer' },
      ],
    });
    expect(count).toBe(2);
    const returned = await tdb.user.createManyAndReturn({
      data: [{ tenantId: w.tenantB.id, name: 'Bulk 3', role: 'viewer' }],
    });
    expect(returned.map((r) => r.tenantId)).toEqual([w.tenantA.id]);
    const raw = await db().user.findMany({ where: { name: { startsWith: 'Bulk ' } } });
    expect(raw.map((r) => r.tenantId)).toEqual([w.tenantA.id, w.tenantA.id, w.tenantA.id]);
    await db().user.deleteMany({ where: { name: { startsWith: 'Bulk ' } } });
  });

  it('upsert of an A user updates it in place', async () => {
    const updated = await tdb.user.upsert({
      where: { id: w.a.viewer.id },
      update: { name: 'Vera Viewer (renamed)' },
      create: { name: 'never', role: 'viewer' },
    });
    expect(updated).toMatchObject({ id: w.a.viewer.id, tenantId: w.tenantA.id, name: 'Vera Viewer (renamed)' });
    await db().user.update({ where: { id: w.a.viewer.id }, data: { name: w.a.viewer.name } });
  });
});

describe('audit logs', () => {
  it('reads return only A entries (not B, not platform-level)', async () => {
    expect(ids(await tdb.auditLog.findMany())).toEqual([...w.auditA].sort());
    expect(await tdb.auditLog.count()).toBe(w.auditA.length);
    expect(await tdb.auditLog.findUnique({ where: { id: w.auditB[0]! } })).toBeNull();
    expect(await tdb.auditLog.findFirst({ where: { id: w.auditPlatform } })).toBeNull();
  });

  it('writes cannot touch B entries', async () => {
    const before = await snapshotB();
    await expect(tdb.auditLog.update({ where: { id: w.auditB[0]! }, data: { action: 'forged' } })).rejects.toThrow();
    await expect(tdb.auditLog.delete({ where: { id: w.auditB[1]! } })).rejects.toThrow();
    expect(await tdb.auditLog.updateMany({ where: { id: { in: w.auditB } }, data: { action: 'forged' } })).toEqual({
      count: 0,
    });
    expect(await tdb.auditLog.deleteMany({ where: { id: { in: [...w.auditB, w.auditPlatform] } } })).toEqual({
      count: 0,
    });
    expect(await snapshotB()).toEqual(before);
    expect(await db().auditLog.count({ where: { id: w.auditPlatform } })).toBe(1);
  });

  it('create forces tenant A', async () => {
    const row = await tdb.auditLog.create({
      data: { tenantId: w.tenantB.id, actorUserId: w.a.admin.id, action: 'test.create', targetType: 'user' },
    });
    expect((await db().auditLog.findUniqueOrThrow({ where: { id: row.id } })).tenantId).toBe(w.tenantA.id);
    await db().auditLog.delete({ where: { id: row.id } });
  });

  it('recordAudit redacts secrets; listAuditLog shows A entries newest first with tenant actor names', async () => {
    await recordAudit({
      tenantId: w.tenantA.id,
      actorUserId: w.owner.id,
      action: 'flag.update',
      targetType: 'flag',
      targetId: 'digital_twin',
      before: { enabled: true, apiKey: 'k-123' },
      after: { enabled: false, nested: { password: 'p-456' } },
    });
    const stored = await db().auditLog.findFirstOrThrow({ where: { action: 'flag.update', tenantId: w.tenantA.id } });
    expect(stored.before).toEqual({ enabled: true, apiKey: '[redacted]' });
    expect(stored.after).toEqual({ enabled: false, nested: { password: '[redacted]' } });

    const page = await listAuditLog({ tenantId: w.tenantA.id }, { page: 1, pageSize: 25 });
    expect(page.total).toBe(w.auditA.length + 1);
    expect(page.items.map((i) => [i.action, i.actorName])).toEqual([
      // The platform owner is not a tenant user: no name is shown.
      ['flag.update', null],
      ['user.disable', 'Amal Admin'],
      ['user.update', 'Amal Admin'],
      ['user.create', 'Amal Admin'],
    ]);
    const second = await listAuditLog({ tenantId: w.tenantA.id }, { page: 2, pageSize: 3 });
    expect(second).toMatchObject({ total: 4, pageCount: 2, items: [{ action: 'user.create' }] });
    await db().auditLog.delete({ where: { id: stored.id } });
  });
});

describe('feature flags', () => {
  it('reads return only A flags', async () => {
    const rows = await tdb.tenantFeatureFlag.findMany({ orderBy: { flag: 'asc' } });
    expect(rows.map((r) => [r.tenantId, r.flag, r.enabled])).toEqual([
      [w.tenantA.id, 'digital_twin', false],
      [w.tenantA.id, 'optimization', true],
    ]);
    expect(
      await tdb.tenantFeatureFlag.findUnique({
        where: { tenantId_flag: { tenantId: w.tenantB.id, flag: 'black_box' } },
      }),
    ).toBeNull();
  });

  it('isEnabled resolves each tenant from its own rows over defaults', async () => {
    const a = { tenantId: w.tenantA.id };
    const b = { tenantId: w.tenantB.id };
    expect(await isEnabled(a, 'digital_twin')).toBe(false);
    expect(await isEnabled(a, 'black_box')).toBe(true);
    expect(await isEnabled(b, 'digital_twin')).toBe(true);
    expect(await isEnabled(b, 'black_box')).toBe(false);
    expect(await isEnabled({ tenantId: null }, 'audit_log')).toBe(false);
  });

  it('writes aimed at B change nothing; upsert on B key creates A row', async () => {
    const before = await snapshotB();
    const bKey = { tenantId_flag: { tenantId: w.tenantB.id, flag: 'black_box' } };
    await expect(tdb.tenantFeatureFlag.update({ where: bKey, data: { enabled: true } })).rejects.toThrow();
    await expect(tdb.tenantFeatureFlag.delete({ where: bKey })).rejects.toThrow();
    expect(await tdb.tenantFeatureFlag.updateMany({ where: { flag: 'black_box' }, data: { enabled: true } })).toEqual({
      count: 0,
    });
    expect(await tdb.tenantFeatureFlag.deleteMany({ where: { flag: 'black_box' } })).toEqual({ count: 0 });
    const upserted = await tdb.tenantFeatureFlag.upsert({
      where: bKey,
      update: { enabled: true },
      create: { tenantId: w.tenantB.id, flag: 'black_box', enabled: false },
    });
    expect(upserted).toMatchObject({ tenantId: w.tenantA.id, flag: 'black_box', enabled: false });
    expect(await snapshotB()).toEqual(before);
    await db().tenantFeatureFlag.delete({ where: { tenantId_flag: { tenantId: w.tenantA.id, flag: 'black_box' } } });
  });
});
