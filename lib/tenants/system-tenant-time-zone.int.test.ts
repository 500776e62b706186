// The tenant time zone setting against a real database: the default for existing and new tenants,
// validation, who may change it (RBAC table + services), the audit entry with before/after, tenant
// isolation, and the audit log's day filters following the setting.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTwoTenants, uniqueSuffix, type TwoTenants } from '../test/system-fixtures';
import { db } from '../db/client';
import { allows, ROLES } from '../rbac/permissions';
import { ZAuditFilters } from '../audit/audit-filters';
import { listAuditLog } from '../audit/list-audit-log';
import { listAllAuditLog } from '../audit/system-list-all-audit-log';
import { createTenantWithAdmin } from './system-create-tenant';
import { getTenant } from './system-get-tenant';
import { updateTenant } from './system-update-tenant';
import { updateTenantSettings } from './system-update-tenant-settings';
import { timeZoneOf } from './system-tenant-time-zone';
import { ZCreateTenant, ZUpdateTenant } from './tenant-schemas';
import { ZUpdateTenantSettings } from './tenant-settings-schemas';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let w: TwoTenants;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  w = await createTwoTenants();
});
afterAll(() => closeTestDatabase(testDb));

const zoneOf = async (tenantId: string) =>
  (await db().tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { timeZone: true } })).timeZone;
const adminA = () => ({ tenantId: w.tenantA.id, userId: w.a.admin.id, requestId: 'req-tz-a' });

describe('default', () => {
  it('existing tenants (rows written without the column) are in Asia/Riyadh', async () => {
    expect(await zoneOf(w.tenantA.id)).toBe('Asia/Riyadh');
    expect(await timeZoneOf({ tenantId: w.tenantB.id })).toBe('Asia/Riyadh');
  });

  it('a new tenant starts in Asia/Riyadh unless the platform owner names a zone', async () => {
    const s = uniqueSuffix();
    const admin = { authSource: 'local', name: 'Ada Admin', email: `ada-${s}@tz.test` };
    const plain = await createTenantWithAdmin(
      { userId: w.owner.id },
      ZCreateTenant.parse({ name: `Plain ${s}`, slug: `plain-${s}`, admin }),
    );
    expect(plain.tenant.timeZone).toBe('Asia/Riyadh');
    const berlin = await createTenantWithAdmin(
      { userId: w.owner.id },
      ZCreateTenant.parse({
        name: `Berlin ${s}`,
        slug: `berlin-${s}`,
        timeZone: 'Europe/Berlin',
        admin: { ...admin, email: `ada2-${s}@tz.test` },
      }),
    );
    expect(berlin.tenant.timeZone).toBe('Europe/Berlin');
    const entry = await db().auditLog.findFirstOrThrow({
      where: { tenantId: berlin.tenant.id, action: 'tenant.create' },
    });
    expect(entry.after).toMatchObject({ timeZone: 'Europe/Berlin' });
  });

  it('the platform owner outside a tenant is in UTC', async () => {
    expect(await timeZoneOf({ tenantId: null })).toBe('UTC');
  });
});

describe('validation', () => {
  it.each(['+03:00', 'AST', 'asia/riyadh', 'Mars/Olympus_Mons', '', 3])('refuses %p with a message key', (bad) => {
    for (const schema of [ZUpdateTenantSettings, ZUpdateTenant]) {
      const parsed = schema.safeParse({ timeZone: bad });
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues).toEqual([
        expect.objectContaining({ path: ['timeZone'], message: 'timeZone.errors.invalid' }),
      ]);
    }
  });

  it('accepts IANA names and UTC', () => {
    for (const zone of ['Europe/Berlin', 'America/Los_Angeles', 'UTC', 'Asia/Riyadh']) {
      expect(ZUpdateTenantSettings.parse({ timeZone: zone })).toEqual({ timeZone: zone });
    }
  });
});

describe('who may change it', () => {
  it('tenant administrators only (the platform owner uses the tenant page/API)', () => {
    expect(ROLES.filter((role) => allows({ role }, 'tenant.settings.manage'))).toEqual(['tenant_admin']);
    expect(allows({ role: 'tenant_admin', apiKeyCreatorRole: 'viewer' }, 'tenant.settings.manage')).toBe(false);
  });
});

describe('updateTenantSettings (tenant administrator)', () => {
  it('changes only the caller’s tenant and records before/after', async () => {
    expect(await updateTenantSettings(adminA(), { timeZone: 'Europe/Berlin' })).toEqual({ timeZone: 'Europe/Berlin' });
    expect(await zoneOf(w.tenantA.id)).toBe('Europe/Berlin');
    expect(await zoneOf(w.tenantB.id)).toBe('Asia/Riyadh');
    expect(await timeZoneOf({ tenantId: w.tenantA.id })).toBe('Europe/Berlin');

    const entries = await db().auditLog.findMany({ where: { action: 'tenant_settings.update' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      tenantId: w.tenantA.id,
      actorUserId: w.a.admin.id,
      targetType: 'tenant',
      targetId: w.tenantA.id,
      requestId: 'req-tz-a',
      before: { timeZone: 'Asia/Riyadh' },
      after: { timeZone: 'Europe/Berlin' },
    });
    // Tenant B's admin sees it nowhere in their log.
    const bLog = await listAuditLog(
      { tenantId: w.tenantB.id },
      ZAuditFilters.parse({ action: 'tenant_settings.update' }),
    );
    expect(bLog.total).toBe(0);
  });

  it('saving the same zone again changes nothing and records nothing', async () => {
    const before = await db().auditLog.count();
    await updateTenantSettings(adminA(), { timeZone: 'Europe/Berlin' });
    expect(await db().auditLog.count()).toBe(before);
  });

  it('is refused without a tenant (404)', async () => {
    await expect(
      updateTenantSettings({ tenantId: null, userId: w.owner.id }, { timeZone: 'UTC' }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('updateTenant (platform owner)', () => {
  it('changes any tenant’s zone, audited as tenant.update with before/after', async () => {
    const view = await updateTenant(
      { userId: w.owner.id, requestId: 'req-tz-owner' },
      w.tenantB.id,
      ZUpdateTenant.parse({ timeZone: 'America/Los_Angeles' }),
    );
    expect(view.timeZone).toBe('America/Los_Angeles');
    expect((await getTenant(w.tenantB.id)).timeZone).toBe('America/Los_Angeles');
    const entry = await db().auditLog.findFirstOrThrow({
      where: { action: 'tenant.update', requestId: 'req-tz-owner' },
    });
    expect(entry).toMatchObject({
      tenantId: w.tenantB.id,
      before: { timeZone: 'Asia/Riyadh' },
      after: { timeZone: 'America/Los_Angeles' },
    });
  });
});

describe('audit log day filters follow the tenant’s zone', () => {
  it('an entry just before a tenant-day boundary is listed under the tenant’s day, not the UTC day', async () => {
    const s = uniqueSuffix();
    const action = `user.tz_${s}`;
    // Europe/Berlin (tenant A now): 2026-12-01 starts at 2026-11-30T23:00Z.
    const at = async (tenantId: string, iso: string) =>
      db().auditLog.create({
        data: {
          tenantId,
          actorUserId: w.a.admin.id,
          action,
          targetType: 'user',
          targetId: iso,
          createdAt: new Date(iso),
        },
      });
    await at(w.tenantA.id, '2026-11-30T22:59:59.999Z'); // Berlin 23:59:59.999 on 30 Nov
    await at(w.tenantA.id, '2026-11-30T23:00:00.000Z'); // Berlin 00:00 on 1 Dec
    await at(w.tenantA.id, '2026-12-01T22:59:59.999Z'); // Berlin last instant of 1 Dec
    await at(w.tenantA.id, '2026-12-01T23:00:00.000Z'); // Berlin 2 Dec
    const day = (d: string) => ZAuditFilters.parse({ action, from: d, to: d });
    const ids = async (tenantId: string, d: string) =>
      (await listAuditLog({ tenantId }, day(d))).items.map((i) => i.targetId).sort();

    expect(await ids(w.tenantA.id, '2026-12-01')).toEqual(['2026-11-30T23:00:00.000Z', '2026-12-01T22:59:59.999Z']);
    expect(await ids(w.tenantA.id, '2026-11-30')).toEqual(['2026-11-30T22:59:59.999Z']);

    // The same instants in a Riyadh tenant (UTC+3): 1 Dec is 2026-11-30T21:00Z … 2026-12-01T21:00Z.
    await updateTenantSettings(adminA(), { timeZone: 'Asia/Riyadh' });
    expect(await ids(w.tenantA.id, '2026-12-01')).toEqual(['2026-11-30T22:59:59.999Z', '2026-11-30T23:00:00.000Z']);
    expect(await ids(w.tenantA.id, '2026-12-02')).toEqual(['2026-12-01T22:59:59.999Z', '2026-12-01T23:00:00.000Z']);
    expect(await ids(w.tenantA.id, '2026-11-30')).toEqual([]);
  });

  it('the platform owner’s list reads days in the zone it is given (UTC by default)', async () => {
    const s = uniqueSuffix();
    const action = `user.tzp_${s}`;
    await db().auditLog.create({
      data: {
        tenantId: null,
        actorUserId: w.owner.id,
        action,
        targetType: 'user',
        createdAt: new Date('2026-11-30T22:00:00Z'),
      },
    });
    const f = ZAuditFilters.parse({ action, from: '2026-12-01', to: '2026-12-01' });
    expect((await listAllAuditLog(f)).total).toBe(0);
    expect((await listAllAuditLog(f, {}, 'Asia/Riyadh')).total).toBe(1);
  });
});
