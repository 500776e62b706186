// The integrations CRUD behind /api/integrations and /api/integrations/{id} on real Postgres:
// validation as problem+json, RBAC per tenant role, tenant isolation, write-only secrets (never in a
// response or an audit row), revision/status on PATCH and the delete rule (only while no data).
// The services are called the way the route handlers call them: the route's zod schema first,
// then the service; errors are mapped with the same functions withApi uses.
import crypto from 'node:crypto';
import { z } from 'zod';
import { createTestDatabase } from '../test/database';
import { closeTestDatabase, createTenant } from '../test/system-fixtures';
import { pgPool } from '../db/pg-pool';
import { tenantDb } from '../db/tenant-db';
import { AppError } from '../http/app-error';
import { problemResponse, validationProblem } from '../http/problem';
import { TENANT_ROLES, type RoleName } from '../rbac/permissions';
import { connectorFor } from '../connectors/registry';
import { actorIn, next } from '../plant/plant-test-helpers';
import type { PlantActor } from '../plant/plant-actor';
import { getIntegration, listIntegrations, ZListIntegrations } from './list-integrations';
import { createIntegration } from './create-integration';
import { updateIntegration } from './update-integration';
import { deleteIntegration } from './delete-integration';
import { openSecrets } from './integration-secrets';
import { INTEGRATION_KINDS, ZCreateIntegration, ZUpdateIntegration } from './integration-schemas';
import type { IntegrationView } from './integration-view';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => closeTestDatabase(testDb));

const MQTT_CONFIG = { url: 'mqtt://127.0.0.1:1883', topics: ['plant/#'], payload: { format: 'number' } };
const STATUS_KEYS = ['enabled', 'id', 'kind', 'lastDataAt', 'name', 'status'];

/** What each route does: parse with the route's schema, then call the service (as withApi does). */
const api = {
  list: async (actor: PlantActor, query: Record<string, unknown> = {}) =>
    listIntegrations(actor, ZListIntegrations.parse(query)),
  get: async (actor: PlantActor, id: string) => getIntegration(actor, id),
  create: async (actor: PlantActor, body: unknown) => createIntegration(actor, ZCreateIntegration.parse(body)),
  patch: async (actor: PlantActor, id: string, body: unknown) =>
    updateIntegration(actor, id, ZUpdateIntegration.parse(body)),
  delete: async (actor: PlantActor, id: string) => deleteIntegration(actor, id),
};

interface Problem {
  status: number;
  contentType: string | null;
  body: { code: string; errors?: { path: string; message: string }[]; [key: string]: unknown };
}

/** The problem+json a failed call answers, mapped like withApi (fails the test when it succeeds). */
async function problem(call: Promise<unknown>): Promise<Problem> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  let response: Response;
  if (error instanceof z.ZodError) {
    const { appError, errors } = validationProblem(error, 'en');
    response = problemResponse(appError, { locale: 'en', requestId: 'req-test', errors });
  } else if (error instanceof AppError) {
    response = problemResponse(error, { locale: 'en', requestId: 'req-test' });
  } else {
    throw new Error(`expected a problem, got ${String(error)}`);
  }
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
}

const paths = (p: Problem) => (p.body.errors ?? []).map((e) => e.path);

/** A tenant with its admin, and an MQTT integration (optionally with a password). */
async function world(password?: string) {
  const tenant = await createTenant();
  const admin = actorIn(tenant.id, 'tenant_admin');
  const integration = await api.create(admin, {
    name: `Broker ${next()}`,
    kind: 'mqtt',
    config: MQTT_CONFIG,
    ...(password ? { secrets: { password } } : {}),
  });
  return { tenantId: tenant.id, admin, integration: integration as IntegrationView };
}

const storedRow = (tenantId: string, id: string) =>
  tenantDb({ tenantId }).integration.findFirst({
    where: { id },
    select: { sealedSecrets: true, revision: true, status: true, enabled: true, name: true },
  });

const auditActions = async (tenantId: string, id: string) =>
  (
    await tenantDb({ tenantId }).auditLog.findMany({
      where: { targetId: id },
      orderBy: { createdAt: 'asc' },
      select: { action: true },
    })
  ).map((r) => r.action);

/** Every audit row anywhere whose text (before/after, every column) contains `needle`. */
async function auditRowsContaining(needle: string) {
  const { rows } = await pgPool().query<{ n: string }>(
    `SELECT count(*) AS n FROM audit_logs a WHERE row_to_json(a)::text LIKE '%' || $1 || '%'`,
    [needle],
  );
  return Number(rows[0]!.n);
}

/** Sets samples_inserted directly, as the ingest path would after storing samples. */
const markIngested = (tenantId: string, id: string) =>
  pgPool().query('UPDATE integrations SET samples_inserted = 5 WHERE tenant_id = $1 AND id = $2', [tenantId, id]);

describe('validation (400 problem+json, nothing stored)', () => {
  it('refuses an unknown kind, a bad MQTT config on config.*, and a name with U+202E', async () => {
    const tenant = await createTenant();
    const admin = actorIn(tenant.id);

    const kind = await problem(api.create(admin, { name: 'Broker', kind: 'modbus', config: MQTT_CONFIG }));
    expect(kind.status).toBe(400);
    expect(kind.contentType).toBe('application/problem+json');
    expect(kind.body.code).toBe('validation_failed');
    expect(paths(kind)).toEqual(['kind']);

    const config = await problem(
      api.create(admin, {
        name: 'Broker',
        kind: 'mqtt',
        config: { url: 'http://127.0.0.1:1883', topics: [], payload: { format: 'xml' } },
      }),
    );
    expect(config.status).toBe(400);
    expect(config.body.code).toBe('validation_failed');
    expect(paths(config).sort()).toEqual(['config.payload.format', 'config.topics', 'config.url']);
    expect(config.body.errors!.find((e) => e.path === 'config.url')!.message).toBe('integrations.config.mqtt.url');

    // Credentials belong in secrets, never in the (readable, audited) config.
    const credentials = await problem(
      api.create(admin, {
        name: 'Broker',
        kind: 'mqtt',
        config: { ...MQTT_CONFIG, url: 'mqtt://user:Url-Password-1@127.0.0.1:1883' },
      }),
    );
    expect([credentials.status, paths(credentials)]).toEqual([400, ['config.url']]);
    expect(await auditRowsContaining('Url-Password-1')).toBe(0);

    const missing = await problem(api.create(admin, { name: 'Broker', kind: 'mqtt' }));
    expect(missing.status).toBe(400);
    expect(paths(missing).sort()).toEqual(['config.payload', 'config.topics', 'config.url']);

    const secret = await problem(
      api.create(admin, { name: 'Broker', kind: 'mqtt', config: MQTT_CONFIG, secrets: { token: 'x' } }),
    );
    expect(secret.status).toBe(400);
    expect(paths(secret)).toEqual(['secrets']);

    const name = await problem(api.create(admin, { name: 'Broker \u202Egnp.exe', kind: 'mqtt', config: MQTT_CONFIG }));
    expect(name.status).toBe(400);
    expect(name.body.code).toBe('validation_failed');
    expect(paths(name)).toEqual(['name']);

    expect((await api.list(admin)).total).toBe(0);
  });

  it('refuses a bad PATCH the same way and leaves the integration as it was', async () => {
    const { tenantId, admin, integration } = await world();
    const before = await storedRow(tenantId, integration.id);

    const config = await problem(api.patch(admin, integration.id, { config: { ...MQTT_CONFIG, topics: ['a/#/b'] } }));
    expect([config.status, paths(config)]).toEqual([400, ['config.topics.0']]);
    const name = await problem(api.patch(admin, integration.id, { name: 'x\u202Ey' }));
    expect([name.status, paths(name)]).toEqual([400, ['name']]);
    const enabled = await problem(api.patch(admin, integration.id, { enabled: 'no' }));
    expect([enabled.status, paths(enabled)]).toEqual([400, ['enabled']]);

    expect(await storedRow(tenantId, integration.id)).toEqual(before);
  });

  it('every kind has a connector module, so integration_kind_unavailable cannot occur today', () => {
    // The 400 `integration_kind_unavailable` path (connector-input.ts) is unreachable while this holds.
    expect(INTEGRATION_KINDS.filter((kind) => !connectorFor(kind))).toEqual([]);
  });
});

describe.each(TENANT_ROLES)('RBAC: %s', (role: RoleName) => {
  const admin = role === 'tenant_admin';

  it(`${role === 'viewer' ? 'sees status only' : 'reads config without secrets'}`, async () => {
    const { tenantId, integration } = await world('Role-Password-1');
    const actor = actorIn(tenantId, role);
    const page = await api.list(actor);
    const one = await api.get(actor, integration.id);
    expect(page.total).toBe(1);
    for (const view of [page.items[0]!, one]) {
      expect(JSON.stringify(view)).not.toContain('Role-Password-1');
      if (role === 'viewer') {
        expect(Object.keys(view).sort()).toEqual(STATUS_KEYS);
      } else {
        expect(view).toMatchObject({
          id: integration.id,
          config: MQTT_CONFIG,
          secretsSet: ['password'],
          revision: 1,
        });
        expect(view).not.toHaveProperty('secrets');
        expect(view).not.toHaveProperty('sealedSecrets');
      }
    }
  });

  it(`${admin ? 'may' : 'may not (403)'} create, patch and delete`, async () => {
    const { tenantId, admin: owner, integration } = await world();
    const actor = actorIn(tenantId, role);
    const spare = (await api.create(owner, { name: `Spare ${next()}`, kind: 'mqtt', config: MQTT_CONFIG })).id;
    const calls = {
      create: () => api.create(actor, { name: `New ${next()}`, kind: 'mqtt', config: MQTT_CONFIG }),
      patch: () => api.patch(actor, integration.id, { name: `Renamed ${next()}`, enabled: false }),
      delete: () => api.delete(actor, spare),
    };
    for (const [name, call] of Object.entries(calls)) {
      if (admin) {
        await expect(call()).resolves.not.toThrow();
      } else {
        const p = await problem(call());
        expect([name, p.status, p.body.code]).toEqual([name, 403, 'forbidden']);
      }
    }
    if (!admin) {
      expect((await api.list(owner)).total).toBe(2);
      expect(await storedRow(tenantId, integration.id)).toMatchObject({ name: integration.name, enabled: true });
    }
  });
});

it("another tenant's integration (or a malformed id) is 404 on GET, PATCH and DELETE, and unchanged", async () => {
  const mine = await world();
  const theirs = await world('Their-Password-1');
  const before = await storedRow(theirs.tenantId, theirs.integration.id);
  for (const id of [theirs.integration.id, crypto.randomUUID(), 'not-a-uuid']) {
    for (const call of [
      () => api.get(mine.admin, id),
      () => api.patch(mine.admin, id, { name: 'Mine now', secrets: { password: null } }),
      () => api.delete(mine.admin, id),
    ]) {
      const p = await problem(call());
      expect([id, p.status, p.body.code]).toEqual([id, 404, 'not_found']);
    }
  }
  expect(await storedRow(theirs.tenantId, theirs.integration.id)).toEqual(before);
  expect((await api.list(mine.admin)).items.map((i) => i.id)).toEqual([mine.integration.id]);
});

describe('secrets', () => {
  it('never appear in a response, an audit row or the stored column; secretsSet names them', async () => {
    const password = `Broker-Password-${crypto.randomBytes(6).toString('hex')}`;
    const { tenantId, admin, integration } = await world(password);
    expect(integration.secretsSet).toEqual(['password']);

    const responses = [
      integration,
      await api.get(admin, integration.id),
      await api.list(admin),
      await api.patch(admin, integration.id, { name: `Renamed ${next()}` }),
      await api.patch(admin, integration.id, { secrets: { password: `${password}-2` } }),
    ];
    for (const response of responses) expect(JSON.stringify(response)).not.toContain(password);

    const row = await storedRow(tenantId, integration.id);
    // sealed (not readable as stored), and what it opens to is the latest password
    expect(openSecrets(row!.sealedSecrets)).toEqual({ password: `${password}-2` });
    expect(row!.sealedSecrets).not.toContain(password);
    expect(await auditRowsContaining(password)).toBe(0);
    // The audit rows do exist and name the field, not its value.
    expect(await auditActions(tenantId, integration.id)).toEqual([
      'integration.create',
      'integration.update',
      'integration.update',
    ]);
    expect(await auditRowsContaining('writeOnlyFieldsChanged')).toBeGreaterThan(0);
  });

  it('PATCH without secrets keeps the sealed value; a new value replaces it; null clears it', async () => {
    const { tenantId, admin, integration } = await world('Keep-Password-1');
    const sealed = (await storedRow(tenantId, integration.id))!.sealedSecrets;

    const renamed = await api.patch(admin, integration.id, { name: `Renamed ${next()}` });
    const reconfigured = await api.patch(admin, integration.id, { config: { ...MQTT_CONFIG, topics: ['site/#'] } });
    const sameAgain = await api.patch(admin, integration.id, { secrets: { password: 'Keep-Password-1' } });
    expect([renamed.secretsSet, reconfigured.secretsSet, sameAgain.secretsSet]).toEqual([
      ['password'],
      ['password'],
      ['password'],
    ]);
    expect((await storedRow(tenantId, integration.id))!.sealedSecrets).toBe(sealed);

    const replaced = await api.patch(admin, integration.id, { secrets: { password: 'Keep-Password-2' } });
    expect(replaced.secretsSet).toEqual(['password']);
    expect((await storedRow(tenantId, integration.id))!.sealedSecrets).not.toBe(sealed);

    const cleared = await api.patch(admin, integration.id, { secrets: { password: null } });
    expect(cleared.secretsSet).toEqual([]);
    expect((await storedRow(tenantId, integration.id))!.sealedSecrets).toBeNull();
  });
});

describe('PATCH', () => {
  it('bumps revision on each change of config, secrets or enabled; disabling sets status disabled', async () => {
    const { tenantId, admin, integration } = await world();
    expect([integration.revision, integration.status, integration.enabled]).toEqual([1, 'pending', true]);

    const steps: [Record<string, unknown>, number, string][] = [
      [{ config: { ...MQTT_CONFIG, topics: ['plant/+/temp'] } }, 2, 'pending'],
      [{ secrets: { password: 'Rev-Password-1' } }, 3, 'pending'],
      [{ enabled: false }, 4, 'disabled'],
      [{ secrets: { password: null } }, 5, 'disabled'],
      [{ enabled: true }, 6, 'pending'],
      // A rename alone does not restart the worker's session (update-integration.ts): no bump.
      [{ name: `Renamed ${next()}` }, 6, 'pending'],
    ];
    for (const [body, revision, status] of steps) {
      const view = await api.patch(admin, integration.id, body);
      expect([body, view.revision, view.status]).toEqual([body, revision, status]);
      expect(await storedRow(tenantId, integration.id)).toMatchObject({ revision, status });
    }
    expect((await api.get(admin, integration.id)) as IntegrationView).toMatchObject({
      enabled: true,
      config: { ...MQTT_CONFIG, topics: ['plant/+/temp'] },
    });
  });

  it('a no-op PATCH (same values) changes nothing and writes no audit row', async () => {
    const { tenantId, admin, integration } = await world();
    const before = await storedRow(tenantId, integration.id);
    const view = await api.patch(admin, integration.id, {
      name: integration.name,
      config: MQTT_CONFIG,
      enabled: true,
    });
    expect(view.revision).toBe(1);
    expect(await storedRow(tenantId, integration.id)).toEqual(before);
    expect(await auditActions(tenantId, integration.id)).toEqual(['integration.create']);
  });

  it('disable and enable are audited as such', async () => {
    const { tenantId, admin, integration } = await world();
    await api.patch(admin, integration.id, { enabled: false });
    await api.patch(admin, integration.id, { enabled: true });
    expect(await auditActions(tenantId, integration.id)).toEqual([
      'integration.create',
      'integration.disable',
      'integration.enable',
    ]);
  });
});

describe('DELETE', () => {
  it('deletes an integration that never stored data (then 404), audited', async () => {
    const { tenantId, admin, integration } = await world('Delete-Password-1');
    await expect(api.delete(admin, integration.id)).resolves.toBeUndefined();
    expect((await problem(api.get(admin, integration.id))).status).toBe(404);
    expect(await storedRow(tenantId, integration.id)).toBeNull();
    expect(await auditActions(tenantId, integration.id)).toEqual(['integration.create', 'integration.delete']);
    expect(await auditRowsContaining('Delete-Password-1')).toBe(0);
  });

  it('answers 409 integration_has_data once samples were inserted, and keeps it', async () => {
    const { tenantId, admin, integration } = await world();
    await markIngested(tenantId, integration.id);
    const p = await problem(api.delete(admin, integration.id));
    expect(p.status).toBe(409);
    expect(p.body).toMatchObject({ code: 'integration_has_data', suggestion: 'disable' });
    expect(await storedRow(tenantId, integration.id)).not.toBeNull();
    expect(await api.get(admin, integration.id)).toMatchObject({ everIngested: true, counters: { inserted: 5 } });
    // Disabling is the way out.
    expect(await api.patch(admin, integration.id, { enabled: false })).toMatchObject({ status: 'disabled' });
  });
});
