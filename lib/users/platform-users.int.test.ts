// The platform owner sees and manages users across tenants: one list of every tenant's users
// (each with its tenant, filterable by tenant, searched/sorted/paged across tenants, never platform
// accounts), and by-id actions that run inside the user's own tenant — same rules, audited there.
// Tenant roles keep their own tenant only.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTwoTenants, createUser, type TwoTenants } from '../test/system-fixtures';
import { actInTenant } from '../tenancy/system-acting-tenant';
import type { RequestContext } from '../tenancy/request-context';
import { getTenantUser, listTenantUsers, PUBLIC_USER_FIELDS, ZListTenantUsers } from './list-tenant-users';
import { listAllTenantUsers } from './system-list-all-tenant-users';
import { tenantOfUser } from './system-user-tenant';
import { updateTenantUser } from './update-tenant-user';
import { resetTenantUserPassword } from './reset-tenant-user-password';
import { appError, auditRows, expectNoSecrets, storedUser } from './test-helpers';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let w: TwoTenants;
let owner: RequestContext;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  w = await createTwoTenants();
  owner = {
    userId: w.owner.id,
    role: 'platform_owner',
    tenantId: null,
    tenantName: null,
    name: 'Platform Owner',
    email: w.owner.email,
    requestId: 'req-owner',
    authMethod: 'session',
  };
});
afterAll(() => closeTestDatabase(testDb));

const all = (input: Record<string, unknown> = {}, tenantId?: string) =>
  listAllTenantUsers(ZListTenantUsers.parse(input), { tenantId });
const names = (page: { items: { name: string }[] }) => page.items.map((u) => u.name);

const A_NAMES = [
  'Amal Admin',
  'Dina Disabled',
  'Eyad Engineer',
  'Olfa Optimizer',
  'Rami Reliability',
  'Sami Sso',
  'Vera Viewer',
];
const B_NAMES = ['Badr Viewer', 'Basma Engineer', 'Bassam Admin'];

/** What withApi does for a by-id request of the platform owner that names no tenant. */
async function actOnUser(id: string) {
  const tenantId = await tenantOfUser(id);
  if (!tenantId) throw new Error('no tenant');
  return actInTenant(owner, tenantId);
}

describe('listAllTenantUsers (platform owner)', () => {
  it("lists every tenant's users with their tenant, and no platform account", async () => {
    const page = await all();
    expect(names(page)).toEqual([...A_NAMES.slice(0, 1), ...B_NAMES, ...A_NAMES.slice(1)]);
    expect(page).toMatchObject({ total: 10, page: 1, pageCount: 1 });
    const bassam = page.items.find((u) => u.name === 'Bassam Admin')!;
    expect(bassam.tenant).toEqual({ id: w.tenantB.id, name: w.tenantB.name, slug: w.tenantB.slug });
    expect(page.items.find((u) => u.name === 'Vera Viewer')!.tenant).toEqual({
      id: w.tenantA.id,
      name: w.tenantA.name,
      slug: w.tenantA.slug,
    });
    expect(page.items.map((u) => u.id)).not.toContain(w.owner.id);
    for (const item of page.items) {
      expect(Object.keys(item).sort()).toEqual([...Object.keys(PUBLIC_USER_FIELDS), 'tenant'].sort());
    }
    expectNoSecrets(page);
  });

  it('narrows to one tenant', async () => {
    expect(names(await all({}, w.tenantB.id))).toEqual(B_NAMES);
    expect((await all({}, w.tenantA.id)).total).toBe(7);
  });

  it('searches, filters, sorts and pages across tenants', async () => {
    expect(names(await all({ q: 'admin' }))).toEqual(['Amal Admin', 'Bassam Admin']);
    expect(names(await all({ role: 'viewer' }))).toEqual(['Badr Viewer', 'Sami Sso', 'Vera Viewer']);
    expect(names(await all({ role: 'engineer', status: 'active' }))).toEqual(['Basma Engineer', 'Eyad Engineer']);
    expect(names(await all({ q: '@beta.test', sort: 'name', dir: 'desc' }))).toEqual([...B_NAMES].reverse());
    const p1 = await all({ pageSize: 4 });
    const p3 = await all({ pageSize: 4, page: 3 });
    expect(p1).toMatchObject({ total: 10, pageCount: 3 });
    expect(names(p3)).toEqual(['Sami Sso', 'Vera Viewer']);
    expect((await all({ q: 'admin' }, w.tenantA.id)).items.map((u) => u.name)).toEqual(['Amal Admin']);
  });
});

describe('by id alone (platform owner)', () => {
  it('finds the tenant of a user; none for platform accounts, unknown or malformed ids', async () => {
    expect(await tenantOfUser(w.b.viewer.id)).toBe(w.tenantB.id);
    expect(await tenantOfUser(w.owner.id)).toBeNull();
    expect(await tenantOfUser('6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2d')).toBeNull();
    expect(await tenantOfUser("' OR 1=1 --")).toBeNull();
  });

  it("reads, updates and resets a user inside the user's tenant, audited there", async () => {
    const target = await createUser({ tenantId: w.tenantB.id, name: 'Target B', role: 'viewer' });
    const acting = await actOnUser(target.id);
    expect(acting).toMatchObject({ tenantId: w.tenantB.id, actingAsPlatformOwner: true, role: 'platform_owner' });

    expect(await getTenantUser(acting, target.id)).toMatchObject({ id: target.id, tenantId: w.tenantB.id });
    expect(await updateTenantUser(acting, target.id, { role: 'engineer' })).toMatchObject({ role: 'engineer' });
    const { oneTimePassword } = await resetTenantUserPassword(acting, target.id);
    expect(oneTimePassword).toEqual(expect.any(String));
    expect(await storedUser(w.tenantB.id, target.id)).toMatchObject({ role: 'engineer', mustChangePassword: true });

    const rows = await auditRows(w.tenantB.id, target.id);
    expect(rows.map((r) => [r.action, r.actorUserId, r.tenantId])).toEqual([
      ['user.role_change', w.owner.id, w.tenantB.id],
      ['user.reset_password', w.owner.id, w.tenantB.id],
    ]);
    expect(await auditRows(w.tenantA.id, target.id)).toEqual([]);
  });

  it("keeps the tenant's rules: the last active admin stays", async () => {
    const acting = await actOnUser(w.b.admin.id);
    const error = await appError(updateTenantUser(acting, w.b.admin.id, { status: 'disabled' }));
    expect(error).toMatchObject({ status: 409, code: 'last_admin' });
  });
});

describe('tenant roles keep their own tenant', () => {
  const ctxA = () => ({ tenantId: w.tenantA.id });

  it("lists only the caller tenant's users, without tenant details", async () => {
    const page = await listTenantUsers(ctxA(), ZListTenantUsers.parse({}));
    expect(names(page)).toEqual(A_NAMES);
    expect(page.items[0]).not.toHaveProperty('tenant');
  });

  it("answers 404 for another tenant's user id, for every by-id action", async () => {
    const adminA = { tenantId: w.tenantA.id, userId: w.a.admin.id, requestId: 'req-a' };
    expect((await appError(getTenantUser(adminA, w.b.viewer.id))).status).toBe(404);
    expect((await appError(updateTenantUser(adminA, w.b.viewer.id, { role: 'engineer' }))).status).toBe(404);
    expect((await appError(resetTenantUserPassword(adminA, w.b.viewer.id))).status).toBe(404);
  });
});
