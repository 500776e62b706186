// Creating, listing and revoking keys against a real database: the secret is returned once and
// stored only as a hash, lists never carry hashes, every action is audited without the secret,
// and one tenant can neither see nor revoke another's keys (404).
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTwoTenants, type TwoTenants } from '../test/system-fixtures';
import { AppError } from '../http/app-error';
import { tenantDb } from '../db/tenant-db';
import { createApiKey, type ApiKeyActor } from './create-api-key';
import { listApiKeys } from './list-api-keys';
import { revokeApiKey } from './revoke-api-key';
import { hashSecret, parseApiKey } from './api-key-format';
import { ZCreateApiKey, ZListApiKeys } from './schemas';

jest.setTimeout(30_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let w: TwoTenants;
let actorA: ApiKeyActor;
let actorB: ApiKeyActor;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  w = await createTwoTenants();
  actorA = { tenantId: w.tenantA.id, userId: w.a.admin.id, name: w.a.admin.name, requestId: 'req-a' };
  actorB = { tenantId: w.tenantB.id, userId: w.b.admin.id, name: w.b.admin.name, requestId: 'req-b' };
});

afterAll(() => closeTestDatabase(testDb));

const create = (actor: ApiKeyActor, input: Record<string, unknown>) =>
  createApiKey(actor, ZCreateApiKey.parse({ role: 'viewer', ...input }));

async function expectAppError(promise: Promise<unknown>, status: number, code?: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
  if (code) expect((error as AppError).code).toBe(code);
}

/** Every key anywhere in a value (objects and arrays, recursively). */
function deepKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(deepKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => [k, ...deepKeys(v)]);
  }
  return [];
}

describe('createApiKey', () => {
  it('returns the token once and stores only the SHA-256 of the secret', async () => {
    const { key, secret } = await create(actorA, { name: '  CI pipeline ', role: 'engineer' });
    const parsed = parseApiKey(secret);
    expect(parsed).not.toBeNull();
    expect(key).toMatchObject({
      name: 'CI pipeline',
      role: 'engineer',
      status: 'active',
      prefix: `oiq_${parsed!.prefix}`,
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
      createdBy: { id: w.a.admin.id, name: 'Amal Admin' },
    });
    expect(JSON.stringify(key)).not.toContain(parsed!.secret);

    const row = await tenantDb(actorA).apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.secretHash).toBe(hashSecret(parsed!.secret));
    expect(row.prefix).toBe(parsed!.prefix);
    expect(row.createdById).toBe(w.a.admin.id);
    expect(JSON.stringify(row)).not.toContain(parsed!.secret);

    // Listing the key again never shows the secret.
    const listed = (await listApiKeys(actorA, ZListApiKeys.parse({}))).items.find((k) => k.id === key.id);
    expect(JSON.stringify(listed)).not.toContain(parsed!.secret);
  });

  it('audits the creation with name, prefix and role, never the secret or its hash', async () => {
    const { key, secret } = await create(actorA, { name: 'Audited', role: 'viewer' });
    const entry = await tenantDb(actorA).auditLog.findFirstOrThrow({
      where: { action: 'api_key.create', targetId: key.id },
    });
    expect(entry).toMatchObject({ actorUserId: w.a.admin.id, targetType: 'api_key', requestId: 'req-a' });
    expect(entry.after).toMatchObject({ name: 'Audited', prefix: key.prefix, role: 'viewer' });
    const text = JSON.stringify(entry);
    expect(text).not.toContain(parseApiKey(secret)!.secret);
    expect(text).not.toContain(hashSecret(parseApiKey(secret)!.secret));
  });

  it('keeps a future expiry and refuses one in the past (400 expiry_in_past)', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const { key } = await create(actorA, { name: 'Expiring', expiresAt: future });
    expect(key.expiresAt?.toISOString()).toBe(future);
    await expectAppError(
      create(actorA, { name: 'Past', expiresAt: new Date(Date.now() - 1000).toISOString() }),
      400,
      'expiry_in_past',
    );
  });

  it.each([
    ['platform role', { name: 'x', role: 'platform_owner' }],
    ['unknown role', { name: 'x', role: 'root' }],
    ['blank name', { name: '   ', role: 'viewer' }],
    ['long name', { name: 'x'.repeat(101), role: 'viewer' }],
    ['non-ISO expiry', { name: 'x', role: 'viewer', expiresAt: 'tomorrow' }],
    ['date-only expiry', { name: 'x', role: 'viewer', expiresAt: '2030-01-01' }],
  ])('rejects a %s at the schema', (_label, input) => {
    expect(ZCreateApiKey.safeParse(input).success).toBe(false);
  });
});

describe('listApiKeys', () => {
  it("lists the tenant's keys newest first with status, and no hash or raw prefix", async () => {
    const { key: active } = await create(actorB, { name: 'B active' });
    const { key: revoked } = await create(actorB, { name: 'B revoked' });
    await revokeApiKey(actorB, revoked.id);
    const page = await listApiKeys(actorB, ZListApiKeys.parse({}));
    expect(page.items.map((k) => [k.name, k.status])).toEqual([
      ['B revoked', 'revoked'],
      ['B active', 'active'],
    ]);
    expect(page).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    expect(page.items[1]).toMatchObject({ id: active.id, createdBy: { name: 'Bassam Admin' } });
    const keys = deepKeys(page);
    expect(keys).not.toContain('secretHash');
    expect(keys).not.toContain('secret');
    for (const item of page.items) expect(item.prefix).toMatch(/^oiq_[0-9a-f]{12}$/);
  });

  it('pages, and never shows another tenant the keys', async () => {
    const s = `P${Date.now()}`;
    for (let i = 0; i < 3; i++) await create(actorA, { name: `${s}-${i}` });
    const first = await listApiKeys(actorA, ZListApiKeys.parse({ pageSize: '2' }));
    const second = await listApiKeys(actorA, ZListApiKeys.parse({ pageSize: '2', page: '2' }));
    expect(first.items).toHaveLength(2);
    expect(first.total).toBeGreaterThanOrEqual(3);
    expect(first.items.map((k) => k.id)).not.toEqual(expect.arrayContaining(second.items.map((k) => k.id)));
    const b = await listApiKeys(actorB, ZListApiKeys.parse({ pageSize: '100' }));
    expect(b.items.some((k) => k.name.startsWith(s))).toBe(false);
  });
});

describe('revokeApiKey', () => {
  it('soft-revokes once, audits once, and answers the same on a second revoke', async () => {
    const { key } = await create(actorA, { name: 'To revoke' });
    const revoked = await revokeApiKey(actorA, key.id);
    expect(revoked).toMatchObject({ id: key.id, status: 'revoked' });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    const again = await revokeApiKey(actorA, key.id);
    expect(again.revokedAt).toEqual(revoked.revokedAt);
    const entries = await tenantDb(actorA).auditLog.findMany({ where: { action: 'api_key.revoke', targetId: key.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorUserId: w.a.admin.id, after: { status: 'revoked' } });
    expect(await tenantDb(actorA).apiKey.count({ where: { id: key.id } })).toBe(1);
  });

  it("answers 404 for another tenant's key, both ways, and leaves it active", async () => {
    const { key: keyA } = await create(actorA, { name: 'A isolated' });
    const { key: keyB } = await create(actorB, { name: 'B isolated' });
    await expectAppError(revokeApiKey(actorA, keyB.id), 404, 'not_found');
    await expectAppError(revokeApiKey(actorB, keyA.id), 404, 'not_found');
    const rowB = await tenantDb(actorB).apiKey.findUniqueOrThrow({ where: { id: keyB.id } });
    expect(rowB.revokedAt).toBeNull();
  });

  it.each(['6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2d', 'not-a-uuid', '', "' OR 1=1 --"])(
    'answers 404 (not 400/500) for a missing or malformed id %p',
    async (id) => {
      await expectAppError(revokeApiKey(actorA, id), 404, 'not_found');
    },
  );
});
