// Authenticating with a key against a real database: a valid key becomes a context with the key's
// role and tenant; a wrong secret, an unknown prefix, a revoked or expired key, a suspended tenant
// and a malformed header are all rejected alike; lastUsedAt is written at most once a minute.
import { createTestDatabase } from '../test/database';
import {
  closeTestDatabase,
  createTenant,
  createTwoTenants,
  createUser,
  type TwoTenants,
} from '../test/system-fixtures';
import { AppError } from '../http/app-error';
import { tenantDb } from '../db/tenant-db';
import { createApiKey, type ApiKeyActor } from './create-api-key';
import { revokeApiKey } from './revoke-api-key';
import { formatApiKey, generateApiKey, parseApiKey } from './api-key-format';
import { ZCreateApiKey } from './schemas';
import { apiKeyContext, authenticateApiKey, LAST_USED_RESOLUTION_MS } from './system-authenticate-api-key';

jest.setTimeout(30_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let w: TwoTenants;
let actorA: ApiKeyActor;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  w = await createTwoTenants();
  actorA = { tenantId: w.tenantA.id, userId: w.a.admin.id, name: w.a.admin.name, requestId: 'req-a' };
});

afterAll(() => closeTestDatabase(testDb));

const create = (actor: ApiKeyActor, input: Record<string, unknown> = {}, now?: Date) =>
  createApiKey(actor, ZCreateApiKey.parse({ name: 'k', role: 'viewer', ...input }), now);

const lastUsed = async (id: string) =>
  (await tenantDb(actorA).apiKey.findUniqueOrThrow({ where: { id }, select: { lastUsedAt: true } })).lastUsedAt;

const request = (headers: Record<string, string>) =>
  new Request('http://localhost/api/tenant-users', { headers: { 'x-request-id': 'req-1', ...headers } });

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return { status: (error as AppError).status, code: (error as AppError).code, key: (error as AppError).messageKey };
}

describe('authenticateApiKey', () => {
  it("accepts a valid key as the key's role in the key's tenant", async () => {
    const { key, secret } = await create(actorA, { name: 'Reporter', role: 'engineer' });
    expect(await authenticateApiKey(secret)).toEqual({
      apiKeyId: key.id,
      name: 'Reporter',
      prefix: parseApiKey(secret)!.prefix,
      role: 'engineer',
      tenantId: w.tenantA.id,
      tenantName: w.tenantA.name,
      createdById: w.a.admin.id,
      creatorRole: 'tenant_admin',
    });
  });

  it('rejects a wrong secret and an unknown prefix', async () => {
    const { secret } = await create(actorA);
    const { prefix } = parseApiKey(secret)!;
    expect(await authenticateApiKey(formatApiKey(prefix, generateApiKey().secret))).toBeNull();
    expect(await authenticateApiKey(generateApiKey().token)).toBeNull();
    expect(await authenticateApiKey(`${secret}x`)).toBeNull();
    expect(await authenticateApiKey('')).toBeNull();
  });

  it('rejects a revoked key', async () => {
    const { key, secret } = await create(actorA);
    expect(await authenticateApiKey(secret)).not.toBeNull();
    await revokeApiKey(actorA, key.id);
    expect(await authenticateApiKey(secret)).toBeNull();
  });

  it('rejects a key from its expiry on', async () => {
    const t0 = new Date();
    const expiresAt = new Date(t0.getTime() + 3_600_000);
    const { secret } = await create(actorA, { expiresAt: expiresAt.toISOString() }, t0);
    expect(await authenticateApiKey(secret, new Date(expiresAt.getTime() - 1))).not.toBeNull();
    expect(await authenticateApiKey(secret, expiresAt)).toBeNull();
    expect(await authenticateApiKey(secret, new Date(expiresAt.getTime() + 86_400_000))).toBeNull();
  });

  it('rejects the keys of a suspended tenant', async () => {
    const tenant = await createTenant({ status: 'suspended' });
    const admin = await createUser({ tenantId: tenant.id, name: 'Suspended Admin', role: 'tenant_admin' });
    const { secret } = await create({ tenantId: tenant.id, userId: admin.id, name: admin.name, requestId: 'req-s' });
    expect(await authenticateApiKey(secret)).toBeNull();
  });

  it('keeps keys of one tenant in that tenant', async () => {
    const { secret } = await create(
      { tenantId: w.tenantB.id, userId: w.b.admin.id, name: w.b.admin.name, requestId: 'req-b' },
      { role: 'tenant_admin' },
    );
    expect(await authenticateApiKey(secret)).toMatchObject({ tenantId: w.tenantB.id, role: 'tenant_admin' });
  });

  it('writes lastUsedAt on first use, then at most once a minute', async () => {
    const { key, secret } = await create(actorA);
    expect(await lastUsed(key.id)).toBeNull();
    const t0 = new Date(Date.now() + 1000);
    await authenticateApiKey(secret, t0);
    expect(await lastUsed(key.id)).toEqual(t0);
    await authenticateApiKey(secret, new Date(t0.getTime() + 30_000));
    await authenticateApiKey(secret, new Date(t0.getTime() + LAST_USED_RESOLUTION_MS - 1));
    expect(await lastUsed(key.id)).toEqual(t0);
    const t1 = new Date(t0.getTime() + LAST_USED_RESOLUTION_MS);
    await authenticateApiKey(secret, t1);
    expect(await lastUsed(key.id)).toEqual(t1);
  });

  it('does not touch lastUsedAt for a rejected key', async () => {
    const { key, secret } = await create(actorA);
    const { prefix } = parseApiKey(secret)!;
    await authenticateApiKey(formatApiKey(prefix, generateApiKey().secret));
    expect(await lastUsed(key.id)).toBeNull();
  });
});

describe('apiKeyContext', () => {
  it('is null without an Authorization header (the session applies)', async () => {
    expect(await apiKeyContext(request({}))).toBeNull();
  });

  it('builds a request context acting as the key, attributed to its creator', async () => {
    const { key, secret } = await create(actorA, { name: 'Integration', role: 'tenant_admin' });
    expect(await apiKeyContext(request({ authorization: `Bearer ${secret}` }))).toEqual({
      userId: w.a.admin.id,
      role: 'tenant_admin',
      tenantId: w.tenantA.id,
      tenantName: w.tenantA.name,
      name: 'Integration',
      email: null,
      requestId: 'req-1',
      authMethod: 'api_key',
      apiKeyId: key.id,
      apiKeyCreatorRole: 'tenant_admin',
      apiKey: { id: key.id, name: 'Integration', prefix: parseApiKey(secret)!.prefix },
    });
    // The scheme is case-insensitive, as HTTP says.
    expect(await apiKeyContext(request({ authorization: `bearer ${secret}` }))).toMatchObject({ apiKeyId: key.id });
  });

  it('answers every bad header with the same 401 invalid_api_key', async () => {
    const { key, secret } = await create(actorA);
    const revoked = await create(actorA);
    await revokeApiKey(actorA, revoked.key.id);
    const headers = [
      '',
      'Bearer',
      'Bearer ',
      secret,
      `Basic ${Buffer.from('a:b').toString('base64')}`,
      `Bearer ${secret} extra`,
      'Bearer garbage',
      `Bearer ${generateApiKey().token}`,
      `Bearer ${revoked.secret}`,
    ];
    for (const authorization of headers) {
      expect(await rejection(apiKeyContext(request({ authorization })))).toEqual({
        status: 401,
        code: 'invalid_api_key',
        key: 'apiKeys.errors.invalidKey',
      });
    }
    expect(await lastUsed(key.id)).toBeNull();
  });
});
