// Tenant administration against a real database: tenant + first admin in one transaction, one-time
// passwords that sign in and must be changed, SSO admins without a password, suspension blocking
// sign-in, feature flags, and an audit entry with before/after for every change.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createUser, uniqueSuffix } from '../test/system-fixtures';
import { db } from '../db/client';
import { AppError } from '../http/app-error';
import { authenticate } from '../auth/system-authenticate';
import { createTenantWithAdmin } from './system-create-tenant';
import { listTenants } from './system-list-tenants';
import { getTenant } from './system-get-tenant';
import { updateTenant } from './system-update-tenant';
import { updateTenantFlags } from './system-update-tenant-flags';
import { ZCreateTenant, ZListTenants, ZUpdateTenantFlags, type CreateTenant } from './tenant-schemas';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let owner: { userId: string; requestId: string };
let ip = 0;
const signIn = (identifier: string, password: string) =>
  authenticate({ identifier, password, ip: `10.9.${Math.floor(++ip / 250)}.${ip % 250}` });

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  const user = await createUser({ tenantId: null, name: 'Olivia Owner', role: 'platform_owner' });
  owner = { userId: user.id, requestId: 'req-test' };
});
afterAll(() => closeTestDatabase(testDb));

/** Input as the API would parse it. */
const input = (admin: Record<string, unknown>, extra: Record<string, unknown> = {}): CreateTenant => {
  const s = uniqueSuffix();
  return ZCreateTenant.parse({ name: `Acme ${s}`, slug: `acme-${s}`, defaultLocale: 'en', admin, ...extra });
};
const counts = async () => ({
  tenants: await db().tenant.count(),
  users: await db().user.count(),
  audit: await db().auditLog.count(),
});
const expectAppError = async (promise: Promise<unknown>, status: number, code: string) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ status, code });
};

describe('createTenantWithAdmin', () => {
  it('creates the tenant and a local admin with a one-time password that signs in and must be changed', async () => {
    const s = uniqueSuffix();
    const created = await createTenantWithAdmin(
      owner,
      input({ authSource: 'local', name: 'Ada Admin', email: `Ada-${s}@Acme.Test` }),
    );
    expect(created.oneTimePassword).toMatch(/^\S{12,}$/);
    expect(created.tenant).toMatchObject({ status: 'active', defaultLocale: 'en', usersCount: 1 });
    expect(created.tenant.flags.audit_log).toBe(true);
    expect(created.admin).toMatchObject({
      name: 'Ada Admin',
      email: `ada-${s}@acme.test`,
      role: 'tenant_admin',
      authSource: 'local',
      mustChangePassword: true,
    });
    expect(JSON.stringify(created)).not.toMatch(/argon2|passwordHash/);

    const stored = await db().user.findUniqueOrThrow({
      where: { id: created.admin.id },
      omit: { passwordHash: false },
    });
    expect(stored.tenantId).toBe(created.tenant.id);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(created.oneTimePassword!);

    const result = await signIn(`ada-${s}@acme.test`, created.oneTimePassword!);
    expect(result).toMatchObject({ status: 'ok', user: { id: created.admin.id, tenantId: created.tenant.id } });
    expect(await signIn(`ada-${s}@acme.test`, 'not-the-password')).toEqual({ status: 'invalid' });

    const audit = await db().auditLog.findMany({
      where: { tenantId: created.tenant.id, action: { in: ['tenant.create', 'user.create'] } },
      orderBy: { action: 'asc' },
    });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      action: 'tenant.create',
      actorUserId: owner.userId,
      targetType: 'tenant',
      targetId: created.tenant.id,
      requestId: 'req-test',
      after: { name: created.tenant.name, slug: created.tenant.slug, defaultLocale: 'en', status: 'active' },
    });
    expect(audit[1]).toMatchObject({ action: 'user.create', targetType: 'user', targetId: created.admin.id });
    expect(JSON.stringify(audit)).not.toContain(created.oneTimePassword!);
  });

  it('uses a given password (not returned) and still requires a change; a username alone is enough', async () => {
    const s = uniqueSuffix();
    const created = await createTenantWithAdmin(
      owner,
      input({ authSource: 'local', name: 'Uma User', username: `Uma.${s}`, password: 'Correct-Horse-Battery-9' }),
    );
    expect(created).not.toHaveProperty('oneTimePassword');
    expect(created.admin).toMatchObject({ email: null, username: `uma.${s}`, mustChangePassword: true });
    expect(await signIn(`UMA.${s}`, 'Correct-Horse-Battery-9')).toMatchObject({ status: 'ok' });
  });

  it('creates an SSO admin with no password at all', async () => {
    const s = uniqueSuffix();
    const created = await createTenantWithAdmin(
      owner,
      input({ authSource: 'sso', name: 'Sso Admin', email: `sso-${s}@acme.test` }),
    );
    expect(created).not.toHaveProperty('oneTimePassword');
    expect(created.admin).toMatchObject({ authSource: 'sso', mustChangePassword: false });
    const stored = await db().user.findUniqueOrThrow({
      where: { id: created.admin.id },
      omit: { passwordHash: false },
    });
    expect(stored.passwordHash).toBeNull();
    expect(await signIn(`sso-${s}@acme.test`, '')).toEqual({ status: 'invalid' });
  });

  it('refuses a duplicate slug with 409 and creates nothing', async () => {
    const first = await createTenantWithAdmin(
      owner,
      input({ authSource: 'sso', name: 'First', email: `f-${uniqueSuffix()}@x.test` }),
    );
    const before = await counts();
    const email = `dup-${uniqueSuffix()}@x.test`;
    await expectAppError(
      createTenantWithAdmin(owner, input({ authSource: 'local', name: 'Second', email }, { slug: first.tenant.slug })),
      409,
      'slug_taken',
    );
    expect(await counts()).toEqual(before);
    expect(await db().user.findUnique({ where: { email } })).toBeNull();
  });

  it('two simultaneous creations with one slug: one tenant, one 409 (the unique index decides)', async () => {
    const one = input({ authSource: 'sso', name: 'Racer', email: `r1-${uniqueSuffix()}@x.test` });
    const two = {
      ...input({ authSource: 'sso', name: 'Racer', email: `r2-${uniqueSuffix()}@x.test` }),
      slug: one.slug,
    };
    const results = await Promise.allSettled([createTenantWithAdmin(owner, one), createTenantWithAdmin(owner, two)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ status: 409, code: 'slug_taken' });
    expect(await db().tenant.count({ where: { slug: one.slug } })).toBe(1);
  });

  it('refuses an admin email or username already in use with 409, leaving no tenant behind', async () => {
    const existing = await createUser({
      tenantId: null,
      name: 'Taken',
      role: 'platform_owner',
      username: `taken-${uniqueSuffix()}`,
    });
    const before = await counts();
    const emailCase = input({ authSource: 'local', name: 'Dup', email: existing.email!.toUpperCase() });
    await expectAppError(createTenantWithAdmin(owner, emailCase), 409, 'email_taken');
    await expectAppError(
      createTenantWithAdmin(owner, input({ authSource: 'local', name: 'Dup', username: existing.username })),
      409,
      'username_taken',
    );
    expect(await counts()).toEqual(before);
    expect(await db().tenant.findUnique({ where: { slug: emailCase.slug } })).toBeNull();
  });

  it('refuses a breached password with 400 before creating anything', async () => {
    const before = await counts();
    await expectAppError(
      createTenantWithAdmin(
        owner,
        input({ authSource: 'local', name: 'Weak', email: `w-${uniqueSuffix()}@x.test`, password: 'password123' }),
      ),
      400,
      'password_breached',
    );
    expect(await counts()).toEqual(before);
  });
});

describe('schemas', () => {
  it('rejects bad slugs and an admin without email or username, with message keys', () => {
    const result = ZCreateTenant.safeParse({
      name: 'Acme',
      slug: 'Not A Slug',
      admin: { authSource: 'local', name: 'Al' },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['slug', 'tenants.errors.slugFormat'],
      ['admin.email', 'tenants.errors.emailOrUsername'],
    ]);
  });
  it('refuses unknown flags and non-boolean values', () => {
    expect(
      ZUpdateTenantFlags.safeParse({ flags: { audit_log: false, teleport: true } }).error?.issues[0]?.message,
    ).toBe('tenants.errors.unknownFlag');
    expect(ZUpdateTenantFlags.safeParse({ flags: { audit_log: 'no' } }).success).toBe(false);
  });
});

describe('listTenants and getTenant', () => {
  it('searches by name or slug, filters by status and pages, with user counts and flags', async () => {
    const tag = uniqueSuffix();
    const a = await createTenantWithAdmin(
      owner,
      input({ authSource: 'sso', name: 'A', email: `a-${tag}@x.test` }, { name: `Zeta ${tag} One` }),
    );
    const b = await createTenantWithAdmin(
      owner,
      input({ authSource: 'sso', name: 'B', email: `b-${tag}@x.test` }, { slug: `zeta-${tag}-two` }),
    );
    await updateTenant(owner, b.tenant.id, { status: 'suspended' });
    await updateTenantFlags(owner, a.tenant.id, { flags: { black_box: false } });

    const all = await listTenants(ZListTenants.parse({ q: tag }));
    expect(all.total).toBe(2);
    expect(all.items.map((t) => t.id).sort()).toEqual([a.tenant.id, b.tenant.id].sort());
    expect(all.items.find((t) => t.id === a.tenant.id)).toMatchObject({
      usersCount: 1,
      flags: { black_box: false, audit_log: true },
    });

    const suspended = await listTenants(ZListTenants.parse({ q: tag, status: 'suspended' }));
    expect(suspended.items.map((t) => t.id)).toEqual([b.tenant.id]);

    const paged = await listTenants(ZListTenants.parse({ q: tag, pageSize: '1', page: '2' }));
    expect(paged).toMatchObject({ total: 2, pageCount: 2, page: 2 });
    expect(paged.items).toHaveLength(1);

    expect((await listTenants(ZListTenants.parse({ q: '%' }))).items.every((t) => t.name.includes('%'))).toBe(true);
  });

  it('answers 404 for a missing or malformed id', async () => {
    await expectAppError(getTenant('not-a-uuid'), 404, 'not_found');
    await expectAppError(getTenant(crypto.randomUUID()), 404, 'not_found');
    await expectAppError(updateTenant(owner, crypto.randomUUID(), { name: 'X y' }), 404, 'not_found');
    await expectAppError(updateTenantFlags(owner, 'nope', { flags: {} }), 404, 'not_found');
  });
});

describe('updateTenant', () => {
  it('edits name and locale with an audit entry holding only the changes; a no-op is not audited', async () => {
    const { tenant } = await createTenantWithAdmin(
      owner,
      input({ authSource: 'sso', name: 'E', email: `e-${uniqueSuffix()}@x.test` }),
    );
    const updated = await updateTenant(owner, tenant.id, { name: 'Renamed Co', defaultLocale: 'en' });
    expect(updated).toMatchObject({ name: 'Renamed Co', defaultLocale: 'en' });
    expect((await getTenant(tenant.id)).name).toBe('Renamed Co');
    const entry = await db().auditLog.findFirstOrThrow({ where: { tenantId: tenant.id, action: 'tenant.update' } });
    expect(entry).toMatchObject({
      actorUserId: owner.userId,
      targetId: tenant.id,
      before: { name: tenant.name },
      after: { name: 'Renamed Co' },
    });
    await updateTenant(owner, tenant.id, { name: 'Renamed Co' });
    expect(await db().auditLog.count({ where: { tenantId: tenant.id, action: 'tenant.update' } })).toBe(1);
  });

  it("suspension blocks the tenant's sign-ins and keeps its data; reactivation restores them", async () => {
    const s = uniqueSuffix();
    const { tenant, admin, oneTimePassword } = await createTenantWithAdmin(
      owner,
      input({ authSource: 'local', name: 'Sus Admin', email: `sus-${s}@x.test` }),
    );
    expect((await signIn(admin.email!, oneTimePassword!)).status).toBe('ok');

    expect((await updateTenant(owner, tenant.id, { status: 'suspended' })).status).toBe('suspended');
    expect(await signIn(admin.email!, oneTimePassword!)).toEqual({ status: 'invalid' });
    expect(await db().user.count({ where: { tenantId: tenant.id } })).toBe(1);

    expect((await updateTenant(owner, tenant.id, { status: 'active' })).status).toBe('active');
    expect((await signIn(admin.email!, oneTimePassword!)).status).toBe('ok');

    const entries = await db().auditLog.findMany({
      where: { tenantId: tenant.id, action: { in: ['tenant.suspend', 'tenant.reactivate'] } },
      orderBy: { createdAt: 'asc' },
    });
    expect(entries.map((e) => [e.action, e.before, e.after])).toEqual([
      ['tenant.suspend', { status: 'active' }, { status: 'suspended' }],
      ['tenant.reactivate', { status: 'suspended' }, { status: 'active' }],
    ]);
  });
});

describe('updateTenantFlags', () => {
  it('stores changed flags and audits only what changed, with before and after', async () => {
    const { tenant } = await createTenantWithAdmin(
      owner,
      input({ authSource: 'sso', name: 'F', email: `fl-${uniqueSuffix()}@x.test` }),
    );
    const flags = await updateTenantFlags(owner, tenant.id, { flags: { audit_log: false, digital_twin: true } });
    expect(flags).toMatchObject({ audit_log: false, digital_twin: true, black_box: true });
    expect(
      await db().tenantFeatureFlag.findMany({ where: { tenantId: tenant.id }, select: { flag: true, enabled: true } }),
    ).toEqual([{ flag: 'audit_log', enabled: false }]);
    const entries = await db().auditLog.findMany({ where: { tenantId: tenant.id, action: 'flag.update' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: owner.userId,
      targetType: 'tenant',
      targetId: tenant.id,
      before: { audit_log: true },
      after: { audit_log: false },
    });

    await updateTenantFlags(owner, tenant.id, { flags: { audit_log: false } });
    expect(await db().auditLog.count({ where: { tenantId: tenant.id, action: 'flag.update' } })).toBe(1);

    expect(await updateTenantFlags(owner, tenant.id, { flags: { audit_log: true } })).toMatchObject({
      audit_log: true,
    });
    expect((await getTenant(tenant.id)).flags.audit_log).toBe(true);
  });
});
