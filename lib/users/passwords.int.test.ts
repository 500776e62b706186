// Resetting a user's password (admin) and changing one's own: one-time password returned once,
// must-change flag, the old password stops working, sessions end (session version bumped), SSO
// users refused, foreign ids 404, the policy applies, audit rows are written without secrets.
import { createTestDatabase } from '../test/database';
import {
  closeTestDatabase,
  createTwoTenants,
  createUser,
  FIXTURE_PASSWORD,
  type TwoTenants,
} from '../test/system-fixtures';
import { authenticate } from '../auth/system-authenticate';
import { isSessionCurrent } from '../tenancy/session-rules';
import { resetTenantUserPassword } from './reset-tenant-user-password';
import { changeOwnPassword } from './change-own-password';
import { appError, auditRows, expectNoSecrets, storedUser } from './test-helpers';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let w: TwoTenants;
let actorA: { tenantId: string; userId: string; requestId: string };
let ip = 0;
const meta = () => ({ ip: `10.8.${Math.floor(++ip / 250)}.${ip % 250}`, requestId: 'req-pw' });
const signIn = (identifier: string, password: string) => authenticate({ identifier, password, ...meta() });

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  w = await createTwoTenants();
  actorA = { tenantId: w.tenantA.id, userId: w.a.admin.id, requestId: 'req-reset' };
});
afterAll(() => closeTestDatabase(testDb));

const newEngineer = (name: string) =>
  createUser({ tenantId: w.tenantA.id, name, role: 'engineer', email: `${name}-${Date.now()}@alpha.test` });

describe('resetTenantUserPassword', () => {
  it('sets a one-time password, forces a change, and ends the old sessions', async () => {
    const user = await newEngineer('reset');
    const before = await storedUser(w.tenantA.id, user.id);
    const result = await resetTenantUserPassword(actorA, user.id);
    expect(Object.keys(result)).toEqual(['oneTimePassword']);
    expect(result.oneTimePassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    const after = await storedUser(w.tenantA.id, user.id);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.mustChangePassword).toBe(true);
    const claims = { sessionVersion: before.sessionVersion, tenantId: w.tenantA.id };
    expect(isSessionCurrent(claims, { ...after, tenantId: w.tenantA.id, tenant: { status: 'active' } })).toBe(false);
    expect(await signIn(user.email!, FIXTURE_PASSWORD)).toEqual({ status: 'invalid' });
    expect(await signIn(user.email!, result.oneTimePassword)).toMatchObject({ status: 'ok' });
    const rows = await auditRows(w.tenantA.id, user.id);
    expect(rows.map((r) => [r.action, r.actorUserId, r.after])).toEqual([
      ['user.reset_password', w.a.admin.id, { mustChange: true, sessionsEnded: true }],
    ]);
    expect(JSON.stringify(rows)).not.toContain(result.oneTimePassword);
  });

  it('refuses SSO users (409) and leaves them unchanged', async () => {
    const before = await storedUser(w.tenantA.id, w.a.sso.id);
    expect(await appError(resetTenantUserPassword(actorA, w.a.sso.id))).toMatchObject({
      status: 409,
      messageKey: 'users.errors.ssoNoPassword',
    });
    expect(await storedUser(w.tenantA.id, w.a.sso.id)).toEqual(before);
  });

  it('answers 404 for another tenant user, the platform owner and malformed ids', async () => {
    for (const id of [w.b.engineer.id, w.owner.id, 'x']) {
      expect(await appError(resetTenantUserPassword(actorA, id))).toMatchObject({ status: 404 });
    }
    expect(await signIn(w.b.engineer.email!, FIXTURE_PASSWORD)).toMatchObject({ status: 'ok' });
  });
});

describe('changeOwnPassword', () => {
  it('replaces a one-time password: must-change cleared, sessions ended, new password works', async () => {
    const user = await newEngineer('change');
    const { oneTimePassword } = await resetTenantUserPassword(actorA, user.id);
    const before = await storedUser(w.tenantA.id, user.id);
    const newPassword = 'a new and long passphrase';
    expect(await changeOwnPassword(user.id, { currentPassword: oneTimePassword, newPassword }, meta())).toEqual({
      identifier: user.email,
    });
    const after = await storedUser(w.tenantA.id, user.id);
    expect(after).toMatchObject({ mustChangePassword: false, sessionVersion: before.sessionVersion + 1 });
    expect(await signIn(user.email!, oneTimePassword)).toEqual({ status: 'invalid' });
    expect(await signIn(user.email!, newPassword)).toMatchObject({ status: 'ok' });
    const last = (await auditRows(w.tenantA.id, user.id)).at(-1);
    expect(last).toMatchObject({ action: 'user.change_password', actorUserId: user.id, after: { mustChange: false } });
    expectNoSecrets(last);
  });

  it('needs the right current password, a different new one, and one that passes the policy', async () => {
    const user = await newEngineer('policy');
    const attempt = (currentPassword: string, newPassword: string) =>
      appError(changeOwnPassword(user.id, { currentPassword, newPassword }, meta()));
    expect(await attempt('wrong password!', 'a fine new passphrase')).toMatchObject({
      status: 400,
      messageKey: 'users.errors.currentPasswordWrong',
      details: { field: 'currentPassword' },
    });
    expect(await attempt(FIXTURE_PASSWORD, FIXTURE_PASSWORD)).toMatchObject({
      messageKey: 'users.errors.passwordUnchanged',
    });
    expect(await attempt(FIXTURE_PASSWORD, 'Qwerty123!')).toMatchObject({
      status: 400,
      messageKey: 'users.errors.passwordBreached',
      details: { field: 'newPassword' },
    });
    expect(await attempt(FIXTURE_PASSWORD, `${user.email!.split('@')[0]}-2026`)).toMatchObject({
      messageKey: 'users.errors.passwordContext',
    });
    // Nothing changed: the old password still signs in.
    expect(await signIn(user.email!, FIXTURE_PASSWORD)).toMatchObject({ status: 'ok' });
  });

  it('accepts long and non-Latin passwords (64+ characters, Arabic, emoji)', async () => {
    const user = await newEngineer('unicode');
    const long = 'x'.repeat(40) + ' ' + 'y'.repeat(40) + ' 2026';
    await changeOwnPassword(user.id, { currentPassword: FIXTURE_PASSWORD, newPassword: long }, meta());
    expect(await signIn(user.email!, long)).toMatchObject({ status: 'ok' });
    const arabic = 'كلمة مرور طويلة 🔐 آمنة';
    await changeOwnPassword(user.id, { currentPassword: long, newPassword: arabic }, meta());
    expect(await signIn(user.email!, arabic)).toMatchObject({ status: 'ok' });
  });

  it('throttles guessing of the current password like sign-in does', async () => {
    const user = await newEngineer('throttle');
    const fixed = { ip: '10.77.0.1', requestId: 'r' };
    for (let i = 0; i < 5; i++) {
      await changeOwnPassword(
        user.id,
        { currentPassword: `guess-${i}`, newPassword: 'whatever new pass' },
        fixed,
      ).catch(() => undefined);
    }
    expect(
      await appError(
        changeOwnPassword(user.id, { currentPassword: FIXTURE_PASSWORD, newPassword: 'x y z w v u' }, fixed),
      ),
    ).toMatchObject({ status: 429, messageKey: 'users.errors.throttled' });
  });
});
