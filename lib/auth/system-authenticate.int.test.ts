// Password sign-in against a real database: credentials, refusal of disabled users / suspended
// tenants / SSO users, per-account and per-IP throttling, audit, and password change.
import { createTestDatabase } from '../test/database';
import { createTenant, createTwoTenants, createUser, FIXTURE_PASSWORD, type TwoTenants } from '../test/system-fixtures';
import { db, disconnectDb } from '../db/client';
import { setPassword } from '../db/user-credentials';
import { seedDemo } from '../demo/system-seed-demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/demo-accounts';
import { authenticate } from './system-authenticate';

jest.setTimeout(60_000);

// env() is read on first use (after this): a small per-IP limit keeps the IP test short; the
// per-account limit is left at its documented default of 5.
const IP_LIMIT = 12;
process.env.SIGNIN_MAX_FAILURES_PER_IP = String(IP_LIMIT);
delete process.env.SIGNIN_MAX_FAILURES_PER_ACCOUNT;
delete process.env.SIGNIN_WINDOW_MINUTES;

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let w: TwoTenants;
let ipCounter = 0;
/** A fresh IP per use, so tests do not share a per-IP failure count unless they mean to. */
const freshIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  w = await createTwoTenants();
});

afterAll(async () => {
  await disconnectDb();
  await testDb?.drop();
});

const signIn = (identifier: string, password = FIXTURE_PASSWORD, ip = freshIp()) =>
  authenticate({ identifier, password, ip });
const newUser = (name: string) =>
  createUser({ tenantId: w.tenantA.id, name, role: 'engineer', email: `${name}@alpha.test` });

describe('credentials', () => {
  it('accepts the right password by email, case- and whitespace-insensitively', async () => {
    const result = await signIn(`  ${w.a.admin.email!.toUpperCase()} `);
    expect(result).toEqual({
      status: 'ok',
      user: {
        id: w.a.admin.id,
        email: w.a.admin.email,
        name: 'Amal Admin',
        role: 'tenant_admin',
        tenantId: w.tenantA.id,
        sessionVersion: 1,
      },
    });
  });

  it('accepts the username too', async () => {
    const result = await signIn(w.b.admin.username!.toUpperCase());
    expect(result).toMatchObject({ status: 'ok', user: { id: w.b.admin.id, tenantId: w.tenantB.id } });
  });

  it('signs in a platform owner (no tenant)', async () => {
    expect(await signIn(w.owner.email!)).toMatchObject({
      status: 'ok',
      user: { id: w.owner.id, tenantId: null, role: 'platform_owner' },
    });
  });

  it('never returns the password hash', async () => {
    const result = await signIn(w.a.engineer.email!);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(Object.keys(result.user).sort()).toEqual(['email', 'id', 'name', 'role', 'sessionVersion', 'tenantId']);
    expect(JSON.stringify(result)).not.toMatch(/argon2|passwordHash/);
  });

  it('rejects a wrong password, an unknown user and an empty password alike', async () => {
    expect(await signIn(w.a.viewer.email!, 'wrong-password')).toEqual({ status: 'invalid' });
    expect(await signIn(w.a.viewer.email!, '')).toEqual({ status: 'invalid' });
    expect(await signIn('nobody@alpha.test')).toEqual({ status: 'invalid' });
    expect(await signIn('')).toEqual({ status: 'invalid' });
  });

  it('rejects a disabled user with the right password', async () => {
    expect(await signIn(w.a.disabled.email!)).toEqual({ status: 'invalid' });
  });

  it('rejects an SSO user (no local password)', async () => {
    expect(await signIn(w.a.sso.email!)).toEqual({ status: 'invalid' });
    expect(await signIn(w.a.sso.email!, '')).toEqual({ status: 'invalid' });
  });

  it('rejects users of a suspended tenant, and accepts them again once it is active', async () => {
    const tenant = await createTenant({ status: 'suspended' });
    const user = await createUser({
      tenantId: tenant.id,
      name: 'Suspended Sam',
      role: 'tenant_admin',
      email: 'sam@suspended.test',
    });
    expect(await signIn(user.email!)).toEqual({ status: 'invalid' });
    await db().tenant.update({ where: { id: tenant.id }, data: { status: 'active' } });
    expect(await signIn(user.email!)).toMatchObject({ status: 'ok', user: { id: user.id } });
  });
});

describe('side effects', () => {
  it('a success records auth.sign_in in the audit log and sets lastSignInAt', async () => {
    const user = await newUser('audited');
    const started = Date.now();
    expect((await signIn(user.email!)).status).toBe('ok');
    const rows = await db().auditLog.findMany({ where: { actorUserId: user.id } });
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'auth.sign_in',
        tenantId: w.tenantA.id,
        targetType: 'user',
        targetId: user.id,
      }),
    ]);
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.lastSignInAt?.getTime()).toBeGreaterThanOrEqual(started - 1000);
  });

  it('a failure writes no audit row and no lastSignInAt, but records a failed attempt', async () => {
    const user = await newUser('failing');
    expect((await signIn(user.email!, 'nope')).status).toBe('invalid');
    expect(await db().auditLog.count({ where: { actorUserId: user.id } })).toBe(0);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
    expect(await db().signInAttempt.count({ where: { identifier: user.email!, succeeded: false } })).toBe(1);
  });
});

describe('per-account throttling (default 5 failures / 15 min)', () => {
  it('after 5 failures even the right password is throttled, from any IP', async () => {
    const user = await newUser('throttled');
    for (let i = 0; i < 4; i++) expect((await signIn(user.email!, `wrong-${i}`)).status).toBe('invalid');
    // 4 failures: still below the limit.
    expect((await signIn(user.email!, 'wrong-4')).status).toBe('invalid');
    expect(await signIn(user.email!)).toEqual({ status: 'throttled' });
    expect(await signIn(user.email!, FIXTURE_PASSWORD, freshIp())).toEqual({ status: 'throttled' });
    expect(await signIn(user.email!.toUpperCase())).toEqual({ status: 'throttled' });
  });

  it('does not throttle another account from the same IP', async () => {
    const [victim, bystander] = [await newUser('victim'), await newUser('bystander')];
    const ip = freshIp();
    for (let i = 0; i < 5; i++) await signIn(victim.email!, 'wrong', ip);
    expect(await signIn(victim.email!, FIXTURE_PASSWORD, ip)).toEqual({ status: 'throttled' });
    expect(await signIn(bystander.email!, FIXTURE_PASSWORD, ip)).toMatchObject({ status: 'ok' });
  });

  it('counts failures under any spelling of the identifier together', async () => {
    const user = await newUser('spelling');
    const spellings = [
      user.email!,
      user.email!.toUpperCase(),
      ` ${user.email!} `,
      'SPELLING@alpha.test',
      'Spelling@Alpha.Test',
    ];
    for (const s of spellings) expect((await signIn(s, 'wrong')).status).toBe('invalid');
    expect(await signIn(user.email!)).toEqual({ status: 'throttled' });
  });

  it('a success clears the failure streak', async () => {
    const user = await newUser('streak');
    for (let i = 0; i < 4; i++) await signIn(user.email!, 'wrong');
    expect((await signIn(user.email!)).status).toBe('ok');
    for (let i = 0; i < 4; i++) await signIn(user.email!, 'wrong');
    // 8 failures in the window, but only 4 since the success.
    expect((await signIn(user.email!)).status).toBe('ok');
  });

  it('failures older than the window do not count', async () => {
    const user = await newUser('old-failures');
    const longAgo = new Date(Date.now() - 16 * 60_000);
    await db().signInAttempt.createMany({
      data: Array.from({ length: 10 }, () => ({
        identifier: user.email!,
        ip: freshIp(),
        succeeded: false,
        createdAt: longAgo,
      })),
    });
    expect((await signIn(user.email!)).status).toBe('ok');
  });
});

describe(`per-IP throttling (limit set to ${IP_LIMIT} for this file)`, () => {
  it('throttles every account from an IP once it reaches the limit, and only that IP', async () => {
    const [late, elsewhere] = [await newUser('ip-late'), await newUser('ip-elsewhere')];
    const ip = freshIp();
    // Spread over many identifiers, so no single account reaches its own limit.
    for (let i = 0; i < IP_LIMIT - 1; i++)
      expect((await signIn(`guess-${i}@alpha.test`, 'wrong', ip)).status).toBe('invalid');
    expect((await signIn(late.email!, FIXTURE_PASSWORD, ip)).status).toBe('ok');
    expect((await signIn('guess-last@alpha.test', 'wrong', ip)).status).toBe('invalid');
    expect(await signIn(late.email!, FIXTURE_PASSWORD, ip)).toEqual({ status: 'throttled' });
    expect(await signIn(elsewhere.email!, FIXTURE_PASSWORD, ip)).toEqual({ status: 'throttled' });
    expect((await signIn(elsewhere.email!, FIXTURE_PASSWORD, freshIp())).status).toBe('ok');
  });
});

describe('setPassword', () => {
  it('bumps the session version; the old password stops working and the new one works', async () => {
    const user = await newUser('rotated');
    const before = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    await setPassword(user.id, 'A-brand-new-password-1', { mustChange: true });
    const after = await db().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { sessionVersion: true, mustChangePassword: true, passwordHash: true },
    });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.mustChangePassword).toBe(true);
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await signIn(user.email!, FIXTURE_PASSWORD)).toEqual({ status: 'invalid' });
    expect(await signIn(user.email!, 'A-brand-new-password-1')).toMatchObject({
      status: 'ok',
      user: { id: user.id, sessionVersion: before.sessionVersion + 1 },
    });
    await setPassword(user.id, 'Another-password-2');
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(
      before.sessionVersion + 2,
    );
  });
});

describe('demo seed', () => {
  it('seeds accounts that sign in with the demo password, idempotently', async () => {
    const { tenantId } = await seedDemo();
    const users = await db().user.count();
    expect(await seedDemo()).toEqual({ tenantId });
    expect(await db().user.count()).toBe(users);
    for (const account of DEMO_ACCOUNTS) {
      const result = await signIn(account.email, DEMO_PASSWORD);
      expect(result).toMatchObject({
        status: 'ok',
        user: { role: account.role, tenantId: account.tenant ? tenantId : null },
      });
    }
  });
});
