// Listing and reading a tenant's users: filters and pages stay inside the caller's tenant, a
// foreign or malformed id is a 404 (no existence leak), and no password hash ever comes out.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTwoTenants, type TwoTenants } from '../test/system-fixtures';
import { AppError } from '../http/app-error';
import { getTenantUser, listTenantUsers, PUBLIC_USER_FIELDS, ZListTenantUsers } from './list-tenant-users';

jest.setTimeout(30_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let w: TwoTenants;
let ctxA: { tenantId: string };
let ctxB: { tenantId: string };

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  w = await createTwoTenants();
  ctxA = { tenantId: w.tenantA.id };
  ctxB = { tenantId: w.tenantB.id };
});

afterAll(() => closeTestDatabase(testDb));

/** Input as a route would pass it: parsed with the route's schema (defaults applied). */
const list = (ctx: { tenantId: string }, input: Record<string, unknown> = {}) =>
  listTenantUsers(ctx, ZListTenantUsers.parse(input));
const names = (page: { items: { name: string }[] }) => page.items.map((u) => u.name);

// Tenant A's 7 users in the order the list sorts them (by name).
const A_NAMES = [
  'Amal Admin',
  'Dina Disabled',
  'Eyad Engineer',
  'Olfa Optimizer',
  'Rami Reliability',
  'Sami Sso',
  'Vera Viewer',
];

/** Every key anywhere in a value (objects and arrays, recursively). */
function deepKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(deepKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => [k, ...deepKeys(v)]);
  }
  return [];
}

async function expectAppError(promise: Promise<unknown>, status: number) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
}

describe('listTenantUsers', () => {
  it('lists only the caller tenant users, sorted by name', async () => {
    const page = await list(ctxA);
    expect(names(page)).toEqual(A_NAMES);
    expect(page).toMatchObject({ page: 1, pageSize: 25, total: 7, pageCount: 1 });
    expect(page.items.every((u) => u.tenantId === w.tenantA.id)).toBe(true);
    expect(names(await list(ctxB))).toEqual(['Badr Viewer', 'Basma Engineer', 'Bassam Admin']);
  });

  it('pages through the list', async () => {
    const p1 = await list(ctxA, { page: 1, pageSize: 3 });
    const p2 = await list(ctxA, { page: '2', pageSize: '3' });
    const p3 = await list(ctxA, { page: 3, pageSize: 3 });
    expect([names(p1), names(p2), names(p3)]).toEqual([A_NAMES.slice(0, 3), A_NAMES.slice(3, 6), A_NAMES.slice(6)]);
    expect(p1).toMatchObject({ total: 7, pageCount: 3 });
    expect(p3).toMatchObject({ page: 3, total: 7, pageCount: 3 });
    const beyond = await list(ctxA, { page: 4, pageSize: 3 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(7);
  });

  it('bounds the page size', () => {
    expect(() => ZListTenantUsers.parse({ pageSize: 101 })).toThrow();
    expect(() => ZListTenantUsers.parse({ page: 0 })).toThrow();
  });

  it('searches name, email and username case-insensitively, within the tenant', async () => {
    expect(names(await list(ctxA, { q: 'ENGINEER' }))).toEqual(['Eyad Engineer']);
    expect(names(await list(ctxA, { q: `rel-` }))).toEqual(['Rami Reliability']);
    expect(names(await list(ctxA, { q: w.a.admin.username!.toUpperCase() }))).toEqual(['Amal Admin']);
    expect((await list(ctxA, { q: '@alpha.test' })).total).toBe(7);
    // B's users match these words, but they are not A's.
    expect(await list(ctxA, { q: 'Bassam' })).toMatchObject({ items: [], total: 0 });
    expect((await list(ctxA, { q: '@beta.test' })).total).toBe(0);
    expect(names(await list(ctxA, { q: '  vera  ' }))).toEqual(['Vera Viewer']);
  });

  it('treats LIKE wildcards in the search as plain characters', async () => {
    expect((await list(ctxA, { q: '%' })).total).toBe(0);
    expect((await list(ctxA, { q: '_' })).total).toBe(0);
  });

  it('filters by role and status, alone and combined', async () => {
    expect(names(await list(ctxA, { role: 'engineer' }))).toEqual(['Dina Disabled', 'Eyad Engineer']);
    expect(names(await list(ctxA, { role: 'tenant_admin' }))).toEqual(['Amal Admin']);
    expect(names(await list(ctxA, { status: 'disabled' }))).toEqual(['Dina Disabled']);
    expect((await list(ctxA, { status: 'active' })).total).toBe(6);
    expect(names(await list(ctxA, { role: 'engineer', status: 'active' }))).toEqual(['Eyad Engineer']);
    expect(names(await list(ctxA, { role: 'viewer', q: 'sso' }))).toEqual(['Sami Sso']);
  });

  it('rejects a platform role filter', () => {
    expect(() => ZListTenantUsers.parse({ role: 'platform_owner' })).toThrow();
  });

  it('returns only the public fields: never a password hash or SSO subject', async () => {
    const page = await list(ctxA);
    for (const item of page.items) expect(Object.keys(item).sort()).toEqual(Object.keys(PUBLIC_USER_FIELDS).sort());
    const keys = deepKeys(page);
    expect(keys).not.toContain('passwordHash');
    expect(keys).not.toContain('ssoSubject');
    expect(JSON.stringify(page)).not.toContain('argon2');
  });
});

describe('getTenantUser', () => {
  it('returns a user of the caller tenant with public fields only', async () => {
    const user = await getTenantUser(ctxA, w.a.engineer.id);
    expect(user).toMatchObject({
      id: w.a.engineer.id,
      name: 'Eyad Engineer',
      role: 'engineer',
      tenantId: w.tenantA.id,
    });
    expect(deepKeys(user)).not.toContain('passwordHash');
    expect(JSON.stringify(user)).not.toContain('argon2');
  });

  it('answers 404 for another tenant user, both ways', async () => {
    await expectAppError(getTenantUser(ctxA, w.b.admin.id), 404);
    await expectAppError(getTenantUser(ctxB, w.a.admin.id), 404);
  });

  it('answers 404 for a platform user and for an unknown id', async () => {
    await expectAppError(getTenantUser(ctxA, w.owner.id), 404);
    await expectAppError(getTenantUser(ctxA, '6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2d'), 404);
  });

  it.each(['not-a-uuid', '', "' OR 1=1 --", `${'f'.repeat(36)}`, '6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2dX'])(
    'answers 404 (not 400/500) for a malformed id %p',
    async (id) => {
      await expectAppError(getTenantUser(ctxA, id), 404);
    },
  );

  it('needs a tenant context (400)', async () => {
    await expectAppError(getTenantUser({ tenantId: null }, w.a.admin.id), 400);
  });
});
