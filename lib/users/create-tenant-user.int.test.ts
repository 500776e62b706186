// Creating local users: validation with the shared schema, generated one-time password returned
// once, must-change flag, case-insensitive uniqueness of email and username (409), password
// policy (breached, context), tenant scoping, audit, and no secrets in the result.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTwoTenants, type TwoTenants } from '../test/system-fixtures';
import { authenticate } from '../auth/system-authenticate';
import { createTenantUser } from './create-tenant-user';
import { getTenantUser } from './list-tenant-users';
import { ZCreateTenantUser } from './schemas';
import { appError, auditRows, expectNoSecrets, storedUser } from './test-helpers';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let w: TwoTenants;
let actorA: { tenantId: string; userId: string; requestId: string };
let n = 0;
const uniq = () => `${Date.now().toString(36)}${++n}`;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  w = await createTwoTenants();
  actorA = { tenantId: w.tenantA.id, userId: w.a.admin.id, requestId: 'req-create' };
});
afterAll(() => closeTestDatabase(testDb));

const create = (input: Record<string, unknown>, actor = actorA) =>
  createTenantUser(actor, ZCreateTenantUser.parse(input));
const signIn = (identifier: string, password: string) =>
  authenticate({ identifier, password, ip: `10.9.0.${++n % 250}` });

describe('createTenantUser', () => {
  it('creates an active local user with a generated one-time password, returned once', async () => {
    const email = `New.User-${uniq()}@Alpha.TEST`;
    const result = await create({ name: '  Nadia New ', email, role: 'engineer' });
    expect(result.user).toMatchObject({
      name: 'Nadia New',
      email: email.toLowerCase(),
      username: null,
      role: 'engineer',
      status: 'active',
      authSource: 'local',
      mustChangePassword: true,
      tenantId: w.tenantA.id,
    });
    expect(result.oneTimePassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    expectNoSecrets(result.user);
    // The one-time password signs in (by email, any case), and only it does.
    expect(await signIn(email.toUpperCase(), result.oneTimePassword!)).toMatchObject({ status: 'ok' });
    expect(await signIn(email, 'something-else-entirely')).toEqual({ status: 'invalid' });
    // Reading the user back never shows the password again.
    const read = await getTenantUser(actorA, result.user.id);
    expect(JSON.stringify(read)).not.toContain(result.oneTimePassword!);
    expectNoSecrets(read);
  });

  it('two generated passwords differ', async () => {
    const a = await create({ name: 'Gen A', username: `gen-a-${uniq()}`, role: 'viewer' });
    const b = await create({ name: 'Gen B', username: `gen-b-${uniq()}`, role: 'viewer' });
    expect(a.oneTimePassword).not.toEqual(b.oneTimePassword);
  });

  it('accepts an admin-set initial password, which must still be changed at first sign-in', async () => {
    const username = `Set.Pw_${uniq()}`;
    const result = await create({ name: 'Set Password', username, role: 'viewer', password: 'correct horse battery' });
    expect(result).not.toHaveProperty('oneTimePassword');
    expect(result.user).toMatchObject({ username: username.toLowerCase(), email: null, mustChangePassword: true });
    expect(await signIn(username.toUpperCase(), 'correct horse battery')).toMatchObject({ status: 'ok' });
    expect((await storedUser(w.tenantA.id, result.user.id)).mustChangePassword).toBe(true);
  });

  it('needs an email or a username, and validates both', () => {
    const issues = (input: Record<string, unknown>) =>
      ZCreateTenantUser.safeParse({ name: 'X', role: 'viewer', ...input }).error?.issues.map((i) => [
        i.path.join('.'),
        i.message,
      ]);
    expect(issues({})).toEqual([['email', 'users.validation.identifierRequired']]);
    expect(issues({ email: '  ', username: '' })).toEqual([['email', 'users.validation.identifierRequired']]);
    expect(issues({ email: 'not-an-email' })).toEqual([['email', 'users.validation.email']]);
    expect(issues({ username: 'has@at' })).toEqual([['username', 'users.validation.username']]);
    expect(issues({ username: 'ab' })).toEqual([['username', 'users.validation.username']]);
    expect(issues({ username: 'ok.name', name: '' })).toEqual([['name', 'users.validation.nameRequired']]);
  });

  it('never grants platform_owner or an unknown role', () => {
    for (const role of ['platform_owner', 'root', '']) {
      const parsed = ZCreateTenantUser.safeParse({ name: 'X', email: 'x@alpha.test', role });
      expect(parsed.error?.issues.map((i) => i.message)).toEqual(['users.validation.role']);
    }
  });

  it('refuses a duplicate email or username case-insensitively (409), across tenants too', async () => {
    const emailErr = await appError(create({ name: 'Dup', email: w.a.engineer.email!.toUpperCase(), role: 'viewer' }));
    expect(emailErr).toMatchObject({ status: 409, messageKey: 'users.errors.emailTaken', details: { field: 'email' } });
    // Tenant B's admin's email is taken as well: emails sign people in before any tenant is known.
    expect(await appError(create({ name: 'Dup', email: w.b.admin.email!, role: 'viewer' }))).toMatchObject({
      status: 409,
    });
    const userErr = await appError(
      create({ name: 'Dup', username: w.a.admin.username!.toUpperCase(), role: 'viewer' }),
    );
    expect(userErr).toMatchObject({ status: 409, messageKey: 'users.errors.usernameTaken' });
  });

  it('refuses a breached or self-describing initial password (400), before creating anything', async () => {
    const email = `breach-${uniq()}@alpha.test`;
    const breached = await appError(create({ name: 'B', email, role: 'viewer', password: 'PASSWORD123' }));
    expect(breached).toMatchObject({ status: 400, messageKey: 'users.errors.passwordBreached' });
    const context = await appError(
      create({ name: 'C', email, role: 'viewer', password: `my-${email.split('@')[0]}-pw` }),
    );
    expect(context).toMatchObject({ status: 400, messageKey: 'users.errors.passwordContext' });
    // Nothing was created by the refused attempts: the email is still free.
    expect((await create({ name: 'E', email, role: 'viewer' })).user.email).toBe(email);
  });

  it('creates the user in the actor tenant only, and audits it without secrets', async () => {
    const actorB = { tenantId: w.tenantB.id, userId: w.b.admin.id, requestId: 'req-b' };
    const result = await create({ name: 'In B', email: `in-b-${uniq()}@beta.test`, role: 'viewer' }, actorB);
    expect(result.user.tenantId).toBe(w.tenantB.id);
    await expect(getTenantUser(actorA, result.user.id)).rejects.toMatchObject({ status: 404 });
    const rows = await auditRows(w.tenantB.id, result.user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'user.create',
      actorUserId: w.b.admin.id,
      requestId: 'req-b',
      before: null,
      after: { role: 'viewer', status: 'active', authSource: 'local', generatedOneTime: true },
    });
    expect(JSON.stringify(rows)).not.toContain(result.oneTimePassword!);
    expect(JSON.stringify(rows)).not.toContain('argon2');
  });

  it('needs a tenant (a platform owner outside any tenant gets 400)', async () => {
    const err = await appError(
      create({ name: 'X', email: `x-${uniq()}@alpha.test`, role: 'viewer' }, { ...actorA, tenantId: null as never }),
    );
    expect(err.status).toBe(400);
  });
});
