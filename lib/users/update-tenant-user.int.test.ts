// Changing users: name/role/status with audit rows (before/after), SSO users limited to role and
// status, nobody disables or demotes themselves, a tenant keeps at least one active admin (also
// under concurrent changes), disabling ends sessions for good, foreign ids are 404.
import { createTestDatabase } from '../test/database';
import {
  closeTestDatabase,
  createTenant,
  createTwoTenants,
  createUser,
  type TwoTenants,
} from '../test/system-fixtures';
import { isSessionCurrent } from '../tenancy/session-rules';
import { updateTenantUser } from './update-tenant-user';
import { ZUpdateTenantUser } from './schemas';
import { appError, auditRows, expectNoSecrets, storedUser } from './test-helpers';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let w: TwoTenants;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  w = await createTwoTenants();
});
afterAll(() => closeTestDatabase(testDb));

const actorIn = (tenantId: string, userId: string) => ({ tenantId, userId, requestId: `req-${userId.slice(0, 8)}` });
const update = (actor: ReturnType<typeof actorIn>, id: string, input: Record<string, unknown>) =>
  updateTenantUser(actor, id, ZUpdateTenantUser.parse(input));

/** A fresh tenant with the given admins (active unless said otherwise) and one engineer. */
async function world(admins: ('active' | 'disabled')[] = ['active']) {
  const tenant = await createTenant();
  const adminUsers = [];
  for (const [i, status] of admins.entries()) {
    adminUsers.push(await createUser({ tenantId: tenant.id, name: `Admin ${i}`, role: 'tenant_admin', status }));
  }
  const engineer = await createUser({ tenantId: tenant.id, name: 'Eng', role: 'engineer' });
  return { tenant, admins: adminUsers, engineer };
}

describe('updateTenantUser', () => {
  it('changes name, role and status, audits each change with before/after, and hides secrets', async () => {
    const { tenant, admins, engineer } = await world();
    const actor = actorIn(tenant.id, admins[0]!.id);
    const after = await update(actor, engineer.id, {
      name: 'Renamed',
      role: 'reliability_engineer',
      status: 'disabled',
    });
    expect(after).toMatchObject({ id: engineer.id, name: 'Renamed', role: 'reliability_engineer', status: 'disabled' });
    expectNoSecrets(after);
    const rows = await auditRows(tenant.id, engineer.id);
    expect(rows.map((r) => [r.action, r.before, r.after])).toEqual([
      ['user.update', { name: 'Eng' }, { name: 'Renamed' }],
      ['user.role_change', { role: 'engineer' }, { role: 'reliability_engineer' }],
      ['user.disable', { status: 'active' }, { status: 'disabled' }],
    ]);
    expect(rows.every((r) => r.actorUserId === admins[0]!.id && r.requestId === actor.requestId)).toBe(true);
    await update(actor, engineer.id, { status: 'active' });
    expect((await auditRows(tenant.id, engineer.id)).at(-1)).toMatchObject({
      action: 'user.enable',
      before: { status: 'disabled' },
      after: { status: 'active' },
    });
  });

  it('writes no audit row when nothing changes', async () => {
    const { tenant, admins, engineer } = await world();
    await update(actorIn(tenant.id, admins[0]!.id), engineer.id, { name: 'Eng', role: 'engineer', status: 'active' });
    expect(await auditRows(tenant.id, engineer.id)).toEqual([]);
  });

  it('accepts only name, role and status, and never platform_owner', () => {
    const messages = (input: Record<string, unknown>) =>
      ZUpdateTenantUser.safeParse(input).error?.issues.map((i) => i.message);
    expect(messages({ email: 'x@y.test' })).toEqual(['users.validation.unknownField']);
    expect(messages({ passwordHash: 'x' })).toEqual(['users.validation.unknownField']);
    expect(messages({ role: 'platform_owner' })).toEqual(['users.validation.role']);
    expect(messages({ status: 'deleted' })).toEqual(['users.validation.status']);
    expect(messages({ name: '   ' })).toEqual(['users.validation.nameRequired']);
  });

  it('lets only role and status of an SSO user change (name: 400)', async () => {
    const actor = actorIn(w.tenantA.id, w.a.admin.id);
    const err = await appError(update(actor, w.a.sso.id, { name: 'New Name' }));
    expect(err).toMatchObject({ status: 400, messageKey: 'users.errors.ssoReadOnly', details: { field: 'name' } });
    // Even an unchanged name is refused, so a client cannot believe it edited it.
    expect(await appError(update(actor, w.a.sso.id, { name: 'Sami Sso', role: 'engineer' }))).toMatchObject({
      status: 400,
    });
    expect((await storedUser(w.tenantA.id, w.a.sso.id)).role).toBe('viewer');
    const after = await update(actor, w.a.sso.id, { role: 'engineer', status: 'disabled' });
    expect(after).toMatchObject({ role: 'engineer', status: 'disabled', authSource: 'sso', name: 'Sami Sso' });
    await update(actor, w.a.sso.id, { role: 'viewer', status: 'active' });
  });

  it('refuses disabling or demoting oneself (409), but allows renaming oneself', async () => {
    const { tenant, admins } = await world(['active', 'active']);
    const me = actorIn(tenant.id, admins[0]!.id);
    expect(await appError(update(me, admins[0]!.id, { status: 'disabled' }))).toMatchObject({
      status: 409,
      messageKey: 'users.errors.selfDisable',
    });
    expect(await appError(update(me, admins[0]!.id, { role: 'viewer' }))).toMatchObject({
      status: 409,
      messageKey: 'users.errors.selfDemote',
    });
    expect(
      await update(me, admins[0]!.id, { name: 'Me Renamed', role: 'tenant_admin', status: 'active' }),
    ).toMatchObject({ name: 'Me Renamed', role: 'tenant_admin', status: 'active' });
  });

  it('never leaves a tenant without an active administrator (also for the platform owner)', async () => {
    const { tenant, admins } = await world(['active', 'disabled']);
    const owner = actorIn(tenant.id, w.owner.id);
    for (const input of [{ role: 'viewer' }, { status: 'disabled' }]) {
      expect(await appError(update(owner, admins[0]!.id, input))).toMatchObject({
        status: 409,
        messageKey: 'users.errors.lastAdmin',
      });
    }
    // The disabled admin does not count; once re-enabled, the first one can step down.
    await update(owner, admins[1]!.id, { status: 'active' });
    await update(owner, admins[0]!.id, { role: 'engineer' });
    expect(await appError(update(owner, admins[1]!.id, { status: 'disabled' }))).toMatchObject({ status: 409 });
    expect((await storedUser(tenant.id, admins[1]!.id)).status).toBe('active');
  });

  it('keeps one admin when two admins demote each other at the same moment', async () => {
    // Several tenants at once, so the two transactions really overlap in some of them.
    const worlds = await Promise.all([1, 2, 3, 4].map(() => world(['active', 'active'])));
    await Promise.all(
      worlds.map(async ({ tenant, admins }) => {
        const x = admins[0]!;
        const y = admins[1]!;
        const results = await Promise.allSettled([
          update(actorIn(tenant.id, x.id), y.id, { role: 'viewer' }),
          update(actorIn(tenant.id, y.id), x.id, { role: 'viewer' }),
        ]);
        expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
        const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        expect(rejected.reason).toMatchObject({ status: 409 });
        const roles = [(await storedUser(tenant.id, x.id)).role, (await storedUser(tenant.id, y.id)).role].sort();
        expect(roles).toEqual(['tenant_admin', 'viewer']);
      }),
    );
  });

  it('ends the sessions of a disabled user, and re-enabling does not revive them', async () => {
    const { tenant, admins, engineer } = await world();
    const actor = actorIn(tenant.id, admins[0]!.id);
    const before = await storedUser(tenant.id, engineer.id);
    const claims = { sessionVersion: before.sessionVersion, tenantId: tenant.id, role: 'engineer' };
    const session = (u: typeof before) =>
      isSessionCurrent(claims, { ...u, tenantId: tenant.id, tenant: { status: 'active' } });
    expect(session(before)).toBe(true);
    await update(actor, engineer.id, { status: 'disabled' });
    const disabled = await storedUser(tenant.id, engineer.id);
    expect(disabled.sessionVersion).toBe(before.sessionVersion + 1);
    expect(session(disabled)).toBe(false);
    await update(actor, engineer.id, { status: 'active' });
    expect(session(await storedUser(tenant.id, engineer.id))).toBe(false);
  });

  it('answers 404 for a user of another tenant, a platform user, and malformed ids', async () => {
    const actor = actorIn(w.tenantA.id, w.a.admin.id);
    for (const id of [w.b.engineer.id, w.owner.id, 'nope', '6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2d']) {
      expect(await appError(update(actor, id, { status: 'disabled' }))).toMatchObject({ status: 404 });
    }
    expect((await storedUser(w.tenantB.id, w.b.engineer.id)).status).toBe('active');
  });
});
