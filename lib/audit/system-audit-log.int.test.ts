// The audit log as each viewer sees it: a tenant sees its own entries only (never another
// tenant's, never platform-level ones); the platform owner sees everything, narrowed by tenant or
// to platform-level entries; filters by action, actor, target type and dates; paging; names.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTwoTenants, type TwoTenants } from '../test/system-fixtures';
import { db } from '../db/client';
import { recordAudit } from './system-audit';
import { ZAuditFilters } from './audit-filters';
import { auditFacets, listAuditLog } from './list-audit-log';
import { allAuditFacets, listAllAuditLog } from './system-list-all-audit-log';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let w: TwoTenants;
const f = (raw: Record<string, string> = {}) => ZAuditFilters.parse(raw);
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id).sort();

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  w = await createTwoTenants();
  // The platform owner changed tenant A (an entry inside A, by a platform actor), with before/after.
  await recordAudit({
    tenantId: w.tenantA.id,
    actorUserId: w.owner.id,
    action: 'flag.update',
    targetType: 'tenant',
    targetId: w.tenantA.id,
    before: { audit_log: true },
    after: { audit_log: false },
  });
  // Two old entries in A on known days (Riyadh time, UTC+3).
  await db().auditLog.createMany({
    data: [
      {
        tenantId: w.tenantA.id,
        actorUserId: w.a.admin.id,
        action: 'user.update',
        targetType: 'user',
        createdAt: new Date('2025-03-01T21:30:00Z'),
      }, // 2 March in Riyadh
      {
        tenantId: w.tenantA.id,
        actorUserId: w.a.admin.id,
        action: 'user.update',
        targetType: 'user',
        createdAt: new Date('2025-03-05T08:00:00Z'),
      },
    ],
  });
});
afterAll(() => closeTestDatabase(testDb));

describe('tenant view', () => {
  it("shows only the tenant's own entries: no other tenant's and no platform-level ones", async () => {
    const page = await listAuditLog({ tenantId: w.tenantA.id }, f({ pageSize: '100' }));
    const all = await db().auditLog.findMany({ where: { tenantId: w.tenantA.id }, select: { id: true } });
    expect(ids(page)).toEqual(all.map((r) => r.id).sort());
    expect(page.total).toBe(6);
    for (const id of [...w.auditB, w.auditPlatform]) expect(ids(page)).not.toContain(id);
    const b = await listAuditLog({ tenantId: w.tenantB.id }, f());
    expect(ids(b)).toEqual([...w.auditB].sort());
  });

  it('names own users, but shows a platform actor only as "platform", without a name', async () => {
    const page = await listAuditLog({ tenantId: w.tenantA.id }, f({ pageSize: '100' }));
    const created = page.items.find((i) => i.action === 'user.create')!;
    expect(created.actor).toEqual({
      type: 'user',
      user: { id: w.a.admin.id, name: 'Amal Admin', kind: 'user' },
      apiKey: null,
      system: null,
    });
    expect(created.targetName).toBe('Eyad Engineer');
    const flag = page.items.find((i) => i.action === 'flag.update')!;
    expect(flag.actor).toMatchObject({ type: 'user', user: { id: null, name: null, kind: 'platform' } });
    expect(flag.targetName).toBe(w.tenantA.name);
    expect(flag.before).toEqual({ audit_log: true });
    expect(flag.after).toEqual({ audit_log: false });
    expect(JSON.stringify(page)).not.toContain('Platform Owner');
  });

  it('filters by action, actor, target type and dates, and pages newest first', async () => {
    const ctx = { tenantId: w.tenantA.id };
    expect((await listAuditLog(ctx, f({ action: 'user.update' }))).total).toBe(3);
    expect((await listAuditLog(ctx, f({ targetType: 'tenant' }))).items.map((i) => i.action)).toEqual(['flag.update']);
    expect((await listAuditLog(ctx, f({ actorUserId: w.owner.id }))).total).toBe(1);
    expect((await listAuditLog(ctx, f({ actorUserId: w.b.admin.id }))).total).toBe(0);
    expect((await listAuditLog(ctx, f({ from: '2025-03-02', to: '2025-03-02' }))).total).toBe(1);
    expect((await listAuditLog(ctx, f({ from: '2025-03-01', to: '2025-03-01' }))).total).toBe(0);
    expect((await listAuditLog(ctx, f({ from: '2025-03-02', to: '2025-03-05' }))).total).toBe(2);
    expect((await listAuditLog(ctx, f({ to: '2025-12-31' }))).total).toBe(2);
    expect((await listAuditLog(ctx, f({ from: '2025-03-05T10:00:00+03:00' }))).total).toBe(5);

    const first = await listAuditLog(ctx, f({ pageSize: '4' }));
    const second = await listAuditLog(ctx, f({ pageSize: '4', page: '2' }));
    expect(first).toMatchObject({ total: 6, pageCount: 2 });
    expect(second.items).toHaveLength(2);
    expect(second.items.at(-1)!.createdAt).toEqual(new Date('2025-03-01T21:30:00Z'));
    const times = [...first.items, ...second.items].map((i) => i.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it('lists the distinct actions and target types of its own log only', async () => {
    expect(await auditFacets({ tenantId: w.tenantA.id })).toEqual({
      actions: ['flag.update', 'user.create', 'user.disable', 'user.update'],
      targetTypes: ['tenant', 'user'],
      apiKeys: [],
    });
  });
});

describe('platform view', () => {
  it("sees every tenant's entries and the platform-level ones, with tenant names", async () => {
    const page = await listAllAuditLog(f({ pageSize: '100' }));
    expect(page.total).toBe(await db().auditLog.count());
    const platform = page.items.find((i) => i.id === w.auditPlatform)!;
    expect(platform).toMatchObject({ tenantId: null, tenantName: null, action: 'tenant.create' });
    expect(platform.actor.user).toEqual({ id: w.owner.id, name: 'Platform Owner', kind: 'platform' });
    expect(page.items.find((i) => i.id === w.auditB[0])).toMatchObject({ tenantName: w.tenantB.name });
  });

  it('narrows to one tenant or to platform-level entries, combined with filters', async () => {
    expect(ids(await listAllAuditLog(f(), { tenantId: w.tenantB.id }))).toEqual([...w.auditB].sort());
    expect(ids(await listAllAuditLog(f({ scope: 'platform' })))).toEqual([w.auditPlatform]);
    expect((await listAllAuditLog(f({ action: 'user.create' }))).total).toBe(2);
    expect((await listAllAuditLog(f({ action: 'user.create' }), { tenantId: w.tenantA.id })).total).toBe(1);
  });

  it('lists the distinct actions across the platform', async () => {
    expect((await allAuditFacets()).actions).toEqual(
      expect.arrayContaining(['flag.update', 'tenant.create', 'user.create', 'user.disable', 'user.update']),
    );
  });
});

describe('filters', () => {
  it('refuses bad input with message keys and treats empty fields as no filter', () => {
    const bad = ZAuditFilters.safeParse({ actorUserId: 'x', from: '2025-02-30', to: 'yesterday', scope: 'all' });
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['actorUserId', 'auditLog.errors.actorInvalid'],
      ['from', 'auditLog.errors.dateInvalid'],
      ['to', 'auditLog.errors.dateInvalid'],
      ['scope', 'auditLog.errors.scopeInvalid'],
    ]);
    expect(ZAuditFilters.safeParse({ from: '2025-03-05', to: '2025-03-01' }).error!.issues[0]!.message).toBe(
      'auditLog.errors.dateOrder',
    );
    expect(ZAuditFilters.parse({ action: '', from: '', page: '2' })).toEqual({ page: 2, pageSize: 25 });
  });
});
