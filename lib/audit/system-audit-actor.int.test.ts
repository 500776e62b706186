// Who acted, in the audit log: an action made through an API key stores the key (id, name,
// prefix) beside its creator without the call site asking for it; a system action names its
// process; both show in the list and can be filtered; the database refuses a row without an
// actor; and the migration gives existing rows an actor.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createEmptyDatabase, createTestDatabase } from '../test/database';
import { closeTestDatabase, createTwoTenants, type TwoTenants } from '../test/system-fixtures';
import { db } from '../db/client';
import { MIGRATIONS_DIR, migrate, readMigrations } from '../db/migrate';
import { bindRequestContext, runInRequestScope } from '../http/request-scope';
import { apiKeyContext } from '../api-keys/system-authenticate-api-key';
import type { RequestContext } from '../tenancy/request-context';
import { createApiKey } from '../api-keys/create-api-key';
import { revokeApiKey } from '../api-keys/revoke-api-key';
import { ZCreateApiKey } from '../api-keys/schemas';
import { createTenantUser } from '../users/create-tenant-user';
import { ZCreateTenantUser } from '../users/schemas';
import { recordAudit } from './system-audit';
import { systemActor } from './audit-actor';
import { ZAuditFilters } from './audit-filters';
import { auditFacets, listAuditLog } from './list-audit-log';
import { listAllAuditLog } from './system-list-all-audit-log';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let w: TwoTenants;
let key: { id: string; name: string; prefix: string };
let viaKeyUserId: string;
const f = (raw: Record<string, string> = {}) => ZAuditFilters.parse(raw);

/** What a route does for `Authorization: Bearer <token>` (withApi): scope, authenticate, act. */
function asApiKeyRequest<T>(token: string, requestId: string, act: (ctx: RequestContext) => Promise<T>) {
  return runInRequestScope(requestId, async () => {
    const request = new Request('http://app.test/api/tenant-users', { headers: { authorization: `Bearer ${token}` } });
    const ctx = (await apiKeyContext(request))!;
    bindRequestContext(ctx);
    return act(ctx);
  });
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  w = await createTwoTenants();
  const admin = { tenantId: w.tenantA.id, userId: w.a.admin.id, name: w.a.admin.name, requestId: 'req-create' };
  const created = await createApiKey(admin, ZCreateApiKey.parse({ name: 'Historian export', role: 'tenant_admin' }));
  key = { id: created.key.id, name: created.key.name, prefix: created.key.prefix };
  // A call site that knows nothing about keys: it passes the person, as every call site did.
  const user = await asApiKeyRequest(created.secret, 'req-via-key', (ctx) =>
    createTenantUser(
      ctx,
      ZCreateTenantUser.parse({ name: 'Kareem Keyed', email: `kareem-${Date.now()}@alpha.test`, role: 'viewer' }),
    ),
  );
  viaKeyUserId = user.user.id;
  await recordAudit({
    tenantId: w.tenantA.id,
    actor: systemActor('worker:nightly-sync'),
    action: 'asset.import',
    targetType: 'asset',
  });
  // Revoking (or renaming) the key later must not change how the entry reads.
  await revokeApiKey({ ...admin, requestId: 'req-revoke' }, key.id);
});
afterAll(() => closeTestDatabase(testDb));

describe('an action made with an API key', () => {
  it("stores the key's id, name and prefix beside its creator, and the request id", async () => {
    const row = await db().auditLog.findFirstOrThrow({ where: { action: 'user.create', targetId: viaKeyUserId } });
    expect(row).toMatchObject({
      actorType: 'api_key',
      actorUserId: w.a.admin.id,
      apiKeyId: key.id,
      apiKeyName: 'Historian export',
      apiKeyPrefix: key.prefix.replace(/^oiq_/, ''),
      systemActor: null,
      requestId: 'req-via-key',
    });
  });

  it('shows the key and its creator in the list, after the key was revoked', async () => {
    const page = await listAuditLog({ tenantId: w.tenantA.id }, f({ pageSize: '100' }));
    const entry = page.items.find((i) => i.targetId === viaKeyUserId)!;
    expect(entry.actor).toEqual({
      type: 'api_key',
      user: { id: w.a.admin.id, name: 'Amal Admin', kind: 'user' },
      apiKey: key,
      system: null,
    });
    expect(entry.actorName).toBe('Amal Admin');
    // The key's own create/revoke were done by the admin in person (a session), not by a key.
    const revoke = page.items.find((i) => i.action === 'api_key.revoke')!;
    expect(revoke.actor).toMatchObject({ type: 'user', apiKey: null, user: { id: w.a.admin.id } });
  });

  it("records a person, not the key, for a user other than the key's creator", async () => {
    const token = await createApiKey(
      { tenantId: w.tenantA.id, userId: w.a.admin.id, name: w.a.admin.name, requestId: 'r' },
      ZCreateApiKey.parse({ name: 'Other', role: 'viewer' }),
    );
    await asApiKeyRequest(token.secret, 'req-other', () =>
      recordAudit({ tenantId: w.tenantA.id, actorUserId: w.a.engineer.id, action: 'test.other', targetType: 'user' }),
    );
    const row = await db().auditLog.findFirstOrThrow({ where: { action: 'test.other' } });
    expect(row).toMatchObject({ actorType: 'user', actorUserId: w.a.engineer.id, apiKeyId: null });
  });
});

describe('a system action', () => {
  it('has actor type system and names its process', async () => {
    const page = await listAuditLog({ tenantId: w.tenantA.id }, f({ action: 'asset.import' }));
    expect(page.items[0]!.actor).toEqual({ type: 'system', user: null, apiKey: null, system: 'worker:nightly-sync' });
    expect(page.items[0]!.actorName).toBeNull();
  });

  it('must be named', () => {
    expect(() => systemActor('')).toThrow();
    expect(() => systemActor('Not A Name')).toThrow();
  });
});

describe('filters', () => {
  it('by actor type and by API key, for the tenant and the platform view', async () => {
    const ctx = { tenantId: w.tenantA.id };
    const byKey = await listAuditLog(ctx, f({ apiKeyId: key.id }));
    expect(byKey.items.map((i) => i.targetId)).toEqual([viaKeyUserId]);
    const byType = await listAuditLog(ctx, f({ actorType: 'api_key' }));
    expect(byType.items.map((i) => i.targetId)).toEqual([viaKeyUserId]);
    expect((await listAuditLog(ctx, f({ actorType: 'system' }))).items.map((i) => i.action)).toEqual(['asset.import']);
    const people = await listAuditLog(ctx, f({ actorType: 'user', pageSize: '100' }));
    expect(people.items.every((i) => i.actor.type === 'user')).toBe(true);
    expect(people.total).toBeGreaterThan(3);
    expect((await listAllAuditLog(f({ apiKeyId: key.id }))).total).toBe(1);
    expect((await listAuditLog({ tenantId: w.tenantB.id }, f({ apiKeyId: key.id }))).total).toBe(0);
  });

  it('offers the keys that acted in the log, per tenant', async () => {
    expect((await auditFacets({ tenantId: w.tenantA.id })).apiKeys).toEqual([key]);
    expect((await auditFacets({ tenantId: w.tenantB.id })).apiKeys).toEqual([]);
  });

  it('refuses a bad actor type or key id with message keys', () => {
    const bad = ZAuditFilters.safeParse({ actorType: 'robot', apiKeyId: 'oiq_x' });
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['actorType', 'auditActor.errors.actorTypeInvalid'],
      ['apiKeyId', 'auditActor.errors.apiKeyInvalid'],
    ]);
  });
});

describe('the database', () => {
  const base = { tenantId: null, action: 'test.blank', targetType: 'user' };
  it.each([
    ['no actor at all', {}],
    ['a user type without a user', { actorType: 'user' as const }],
    ['an API key without its key', { actorType: 'api_key' as const, actorUserId: 'USER' }],
    [
      'an API key without its creator',
      { actorType: 'api_key' as const, apiKeyId: 'KEY', apiKeyName: 'k', apiKeyPrefix: 'p' },
    ],
    ['a system action without a name', { actorType: 'system' as const }],
    ['a system action with a blank name', { actorType: 'system' as const, systemActor: '  ' }],
    ['a user type that also names a key', { actorType: 'user' as const, actorUserId: 'USER', apiKeyId: 'KEY' }],
  ])('refuses a row with %s', async (_label, columns) => {
    const data = Object.fromEntries(
      Object.entries(columns).map(([k, v]) => [k, v === 'USER' ? w.a.admin.id : v === 'KEY' ? key.id : v]),
    );
    await expect(db().auditLog.create({ data: { ...base, ...data } })).rejects.toThrow(
      /audit_logs_actor_check|constraint/i,
    );
  });

  it('accepts each actor type with its columns', async () => {
    await db().auditLog.createMany({
      data: [
        { ...base, actorType: 'user', actorUserId: w.a.admin.id },
        {
          ...base,
          actorType: 'api_key',
          actorUserId: w.a.admin.id,
          apiKeyId: key.id,
          apiKeyName: 'k',
          apiKeyPrefix: 'p',
        },
        { ...base, actorType: 'system', systemActor: 'sso' },
      ],
    });
  });
});

describe('the migration', () => {
  it('gives every existing row an actor: its user, else the system (sso for SSO entries)', async () => {
    const before = fs.mkdtempSync(path.join(os.tmpdir(), 'optria-migrations-'));
    const all = readMigrations(MIGRATIONS_DIR);
    const mine = all.findIndex((m) => m.name.endsWith('_audit_actor'));
    for (const m of all.slice(0, mine))
      fs.cpSync(path.join(MIGRATIONS_DIR, m.name), path.join(before, m.name), { recursive: true });
    const empty = await createEmptyDatabase();
    const client = new Client({ connectionString: empty.url });
    try {
      await migrate(empty.url, before);
      await client.connect();
      await client.query(
        `INSERT INTO tenants (id, name, slug, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 'T', 't', now())`,
      );
      await client.query(
        `INSERT INTO audit_logs (id, tenant_id, actor_user_id, action, target_type, after) VALUES
         ('00000000-0000-4000-8000-0000000000a1', NULL, '00000000-0000-4000-8000-0000000000f1', 'tenant.create', 'tenant', NULL),
         ('00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-000000000001', NULL, 'user.create', 'user', '{"via":"sso_jit"}'),
         ('00000000-0000-4000-8000-0000000000a3', '00000000-0000-4000-8000-000000000001', NULL, 'auth.sso_sign_in_refused', 'sso_config', NULL),
         ('00000000-0000-4000-8000-0000000000a4', NULL, NULL, 'mystery', 'user', NULL)`,
      );
      await migrate(empty.url);
      const { rows } = await client.query(
        `SELECT right(id::text, 2) AS id, actor_type, actor_user_id IS NOT NULL AS has_user, system_actor FROM audit_logs ORDER BY id`,
      );
      expect(rows).toEqual([
        { id: 'a1', actor_type: 'user', has_user: true, system_actor: null },
        { id: 'a2', actor_type: 'system', has_user: false, system_actor: 'sso' },
        { id: 'a3', actor_type: 'system', has_user: false, system_actor: 'sso' },
        { id: 'a4', actor_type: 'system', has_user: false, system_actor: 'unknown' },
      ]);
    } finally {
      await client.end().catch(() => undefined);
      await empty.drop();
      fs.rmSync(before, { recursive: true, force: true });
    }
  });
});
