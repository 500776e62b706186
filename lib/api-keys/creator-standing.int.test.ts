// A key works only while its creator is active and still holds the key's permissions, checked per
// request: disabling the creator suspends their keys (401), demoting them narrows the keys to what
// both roles allow, re-enabling or promoting restores them. Every such change is audited per key,
// and the list shows each key's effective state.
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTenant, createUser } from '../test/system-fixtures';
import { AppError } from '../http/app-error';
import { tenantDb } from '../db/tenant-db';
import { allows } from '../rbac/permissions';
import { updateTenantUser } from '../users/update-tenant-user';
import { ZUpdateTenantUser } from '../users/schemas';
import { createApiKey } from './create-api-key';
import { listApiKeys } from './list-api-keys';
import { revokeApiKey } from './revoke-api-key';
import { ZCreateApiKey, ZListApiKeys } from './schemas';
import { apiKeyContext, authenticateApiKey } from './system-authenticate-api-key';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

/** A tenant with two admins: `creator` mints keys, `other` changes the creator. */
async function world() {
  const tenant = await createTenant();
  const creator = await createUser({ tenantId: tenant.id, name: 'Creator Admin', role: 'tenant_admin' });
  const other = await createUser({ tenantId: tenant.id, name: 'Other Admin', role: 'tenant_admin' });
  const asCreator = { tenantId: tenant.id, userId: creator.id, name: creator.name, requestId: 'req-creator' };
  const asOther = { tenantId: tenant.id, userId: other.id, requestId: 'req-other' };
  const mint = async (name: string, role = 'tenant_admin') =>
    createApiKey(asCreator, ZCreateApiKey.parse({ name, role }));
  const change = (input: Record<string, unknown>) =>
    updateTenantUser(asOther, creator.id, ZUpdateTenantUser.parse(input));
  return { tenant, creator, other, asCreator, asOther, mint, change };
}

const request = (secret: string) =>
  new Request('http://localhost/api/tenant-users', { headers: { authorization: `Bearer ${secret}` } });

async function status401(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect({ status: (error as AppError).status, code: (error as AppError).code }).toEqual({
    status: 401,
    code: 'invalid_api_key',
  });
}

const keyAudit = (tenantId: string, keyId: string) =>
  tenantDb({ tenantId }).auditLog.findMany({
    where: { targetType: 'api_key', targetId: keyId, action: { not: 'api_key.create' } },
    orderBy: { createdAt: 'asc' },
  });

describe("an API key follows its creator's standing", () => {
  it('is refused (401) while its creator is disabled, and works again once re-enabled', async () => {
    const { mint, change } = await world();
    const { secret } = await mint('Disabled creator');
    expect(await authenticateApiKey(secret)).not.toBeNull();

    await change({ status: 'disabled' });
    expect(await authenticateApiKey(secret)).toBeNull();
    await status401(apiKeyContext(request(secret)));

    await change({ status: 'active' });
    expect(await apiKeyContext(request(secret))).toMatchObject({
      role: 'tenant_admin',
      apiKeyCreatorRole: 'tenant_admin',
    });
  });

  it('is narrowed to what both roles allow when its creator is demoted, and restored on promotion', async () => {
    const { creator, mint, change } = await world();
    const { secret } = await mint('Demoted creator');

    await change({ role: 'engineer' });
    const ctx = (await apiKeyContext(request(secret)))!;
    expect(ctx).toMatchObject({ userId: creator.id, role: 'tenant_admin', apiKeyCreatorRole: 'engineer' });
    // The way back in is closed: no creating (or even reading) users, no SSO or audit access…
    expect(allows(ctx, 'tenant_users.manage')).toBe(false);
    expect(allows(ctx, 'tenant_users.read')).toBe(false);
    expect(allows(ctx, 'sso.manage')).toBe(false);
    expect(allows(ctx, 'audit.read')).toBe(false);
    // …while what both roles allow still works.
    expect(allows(ctx, 'assets.read')).toBe(true);
    expect(allows(ctx, 'work_orders.manage')).toBe(true);

    await change({ role: 'tenant_admin' });
    const restored = (await apiKeyContext(request(secret)))!;
    expect(allows(restored, 'tenant_users.manage')).toBe(true);
  });

  it('leaves keys alone that stay within what the demoted creator may do', async () => {
    const { tenant, creator, mint, change } = await world();
    const { key, secret } = await mint('Viewer key', 'viewer');
    await change({ role: 'engineer' });
    expect(await apiKeyContext(request(secret))).toMatchObject({ role: 'viewer', apiKeyCreatorRole: 'engineer' });
    expect(await keyAudit(tenant.id, key.id)).toEqual([]);
    const listed = (await listApiKeys({ tenantId: tenant.id }, ZListApiKeys.parse({}))).items;
    expect(listed.find((k) => k.id === key.id)).toMatchObject({
      status: 'active',
      createdBy: { id: creator.id, role: 'engineer', status: 'active' },
    });
  });

  it('audits each affected key in the tenant: suspended, narrowed, restored — never revoked ones', async () => {
    const { tenant, other, asCreator, mint, change } = await world();
    const { key: adminKey } = await mint('Admin key');
    const { key: engineerKey } = await mint('Engineer key', 'engineer');
    const { key: revoked } = await mint('Revoked key');
    await revokeApiKey(asCreator, revoked.id);

    await change({ role: 'engineer' });
    await change({ status: 'disabled' });
    await change({ status: 'active' });
    await change({ role: 'tenant_admin' });

    const rows = (await keyAudit(tenant.id, adminKey.id)).map((r) => [r.action, r.before, r.after]);
    expect(rows).toEqual([
      [
        'api_key.narrowed',
        expect.objectContaining({ status: 'active', creatorRole: 'tenant_admin' }),
        expect.objectContaining({ status: 'narrowed', creatorRole: 'engineer', creatorStatus: 'active' }),
      ],
      [
        'api_key.suspended',
        expect.objectContaining({ status: 'narrowed' }),
        expect.objectContaining({ status: 'suspended', creatorStatus: 'disabled' }),
      ],
      [
        'api_key.narrowed',
        expect.objectContaining({ status: 'suspended' }),
        expect.objectContaining({ status: 'narrowed', creatorStatus: 'active' }),
      ],
      [
        'api_key.restored',
        expect.objectContaining({ status: 'narrowed' }),
        expect.objectContaining({ status: 'active' }),
      ],
    ]);
    // The engineer key was never narrowed, only suspended and restored with its creator.
    expect((await keyAudit(tenant.id, engineerKey.id)).map((r) => r.action)).toEqual([
      'api_key.suspended',
      'api_key.restored',
    ]);
    expect((await keyAudit(tenant.id, revoked.id)).map((r) => r.action)).toEqual(['api_key.revoke']);
    const entry = (await keyAudit(tenant.id, adminKey.id))[0]!;
    expect(entry).toMatchObject({ tenantId: tenant.id, actorUserId: other.id, requestId: 'req-other' });
    expect(entry.after).toMatchObject({ name: 'Admin key', role: 'tenant_admin' });
  });

  it('lists each key with its effective state and its creator’s current role and status', async () => {
    const { tenant, asCreator, mint, change } = await world();
    const { key: adminKey } = await mint('Listed admin key');
    const { key: viewerKey } = await mint('Listed viewer key', 'viewer');
    const { key: revoked } = await mint('Listed revoked key');
    await revokeApiKey(asCreator, revoked.id);
    const states = async () =>
      Object.fromEntries(
        (await listApiKeys({ tenantId: tenant.id }, ZListApiKeys.parse({}))).items.map((k) => [
          k.id,
          [k.status, k.createdBy?.role, k.createdBy?.status],
        ]),
      );

    await change({ role: 'engineer' });
    expect(await states()).toEqual({
      [adminKey.id]: ['narrowed', 'engineer', 'active'],
      [viewerKey.id]: ['active', 'engineer', 'active'],
      [revoked.id]: ['revoked', 'engineer', 'active'],
    });
    await change({ status: 'disabled' });
    expect(await states()).toEqual({
      [adminKey.id]: ['suspended', 'engineer', 'disabled'],
      [viewerKey.id]: ['suspended', 'engineer', 'disabled'],
      [revoked.id]: ['revoked', 'engineer', 'disabled'],
    });
  });
});
