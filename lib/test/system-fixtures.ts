/**
 * Test data for integration tests: two tenants (A and B) with users of several roles, feature-flag
 * rows and audit rows, written with the raw client (a system-* module, so it may). Every call uses
 * fresh slugs/emails, so a test file can build several worlds in the same database.
 */
import crypto from 'node:crypto';
import { db, disconnectDb, type Role, type TenantStatus, type UserStatus, type AuthSource } from '../db/client';
import { hashPassword } from '../auth/password';
import { closePgPool } from '../db/pg-pool';

/** afterAll for files that may not import lib/db/client: closes the app's clients, then drops the clone. */
export async function closeTestDatabase(testDb: { drop(): Promise<void> } | undefined) {
  // both clients: a pooled connection still open when the database is dropped errors unhandled
  await Promise.all([disconnectDb(), closePgPool()]);
  await testDb?.drop();
}

/** The password of every local fixture user. */
export const FIXTURE_PASSWORD = 'Fixture-Password-2026!';

let hashed: Promise<string> | undefined;
/** argon2id is deliberately slow: hash the fixture password once per test file. */
export function fixturePasswordHash() {
  hashed ??= hashPassword(FIXTURE_PASSWORD);
  return hashed;
}

export const uniqueSuffix = () => crypto.randomBytes(4).toString('hex');

export async function createTenant(opts: { name?: string; slug?: string; status?: TenantStatus } = {}) {
  const suffix = uniqueSuffix();
  return db().tenant.create({
    data: {
      name: opts.name ?? `Tenant ${suffix}`,
      slug: opts.slug ?? `tenant-${suffix}`,
      status: opts.status ?? 'active',
    },
    select: { id: true, slug: true, name: true, status: true },
  });
}

export interface FixtureUserInput {
  tenantId: string | null;
  name: string;
  role: Role;
  email?: string | null;
  username?: string | null;
  status?: UserStatus;
  authSource?: AuthSource;
}

/** A user; local users get FIXTURE_PASSWORD, SSO users no password at all. */
export async function createUser(input: FixtureUserInput) {
  const authSource = input.authSource ?? 'local';
  return db().user.create({
    data: {
      tenantId: input.tenantId,
      name: input.name,
      role: input.role,
      email: input.email === undefined ? `${uniqueSuffix()}@fixture.test` : input.email,
      username: input.username ?? null,
      status: input.status ?? 'active',
      authSource,
      passwordHash: authSource === 'local' ? await fixturePasswordHash() : null,
      ssoIssuer: authSource === 'sso' ? 'https://idp.fixture.test' : null,
      ssoSubject: authSource === 'sso' ? uniqueSuffix() : null,
    },
    select: { id: true, email: true, username: true, tenantId: true, role: true, status: true, name: true },
  });
}

export type FixtureUser = Awaited<ReturnType<typeof createUser>>;

/**
 * Tenant A: one active user per tenant role, a disabled engineer and an SSO viewer (7 users);
 * digital_twin off, optimization on; 3 audit rows.
 * Tenant B: admin, engineer, viewer (3 users); black_box off; 2 audit rows.
 * Plus a platform owner (no tenant) and one platform-level audit row (tenant null).
 */
export async function createTwoTenants() {
  const s = uniqueSuffix();
  const [tenantA, tenantB] = await Promise.all([
    createTenant({ name: `Alpha ${s}`, slug: `alpha-${s}` }),
    createTenant({ name: `Beta ${s}`, slug: `beta-${s}` }),
  ]);
  const a = {
    admin: await createUser({
      tenantId: tenantA.id,
      name: 'Amal Admin',
      role: 'tenant_admin',
      email: `admin-${s}@alpha.test`,
      username: `amal-${s}`,
    }),
    reliability: await createUser({
      tenantId: tenantA.id,
      name: 'Rami Reliability',
      role: 'reliability_engineer',
      email: `rel-${s}@alpha.test`,
    }),
    optimization: await createUser({
      tenantId: tenantA.id,
      name: 'Olfa Optimizer',
      role: 'optimization_engineer',
      email: `opt-${s}@alpha.test`,
    }),
    engineer: await createUser({
      tenantId: tenantA.id,
      name: 'Eyad Engineer',
      role: 'engineer',
      email: `eng-${s}@alpha.test`,
    }),
    viewer: await createUser({
      tenantId: tenantA.id,
      name: 'Vera Viewer',
      role: 'viewer',
      email: `viewer-${s}@alpha.test`,
    }),
    disabled: await createUser({
      tenantId: tenantA.id,
      name: 'Dina Disabled',
      role: 'engineer',
      email: `disabled-${s}@alpha.test`,
      status: 'disabled',
    }),
    sso: await createUser({
      tenantId: tenantA.id,
      name: 'Sami Sso',
      role: 'viewer',
      email: `sso-${s}@alpha.test`,
      authSource: 'sso',
    }),
  };
  const b = {
    admin: await createUser({
      tenantId: tenantB.id,
      name: 'Bassam Admin',
      role: 'tenant_admin',
      email: `admin-${s}@beta.test`,
      username: `bassam-${s}`,
    }),
    engineer: await createUser({
      tenantId: tenantB.id,
      name: 'Basma Engineer',
      role: 'engineer',
      email: `eng-${s}@beta.test`,
    }),
    viewer: await createUser({
      tenantId: tenantB.id,
      name: 'Badr Viewer',
      role: 'viewer',
      email: `viewer-${s}@beta.test`,
    }),
  };
  const owner = await createUser({
    tenantId: null,
    name: 'Platform Owner',
    role: 'platform_owner',
    email: `owner-${s}@platform.test`,
  });

  await db().tenantFeatureFlag.createMany({
    data: [
      { tenantId: tenantA.id, flag: 'digital_twin', enabled: false },
      { tenantId: tenantA.id, flag: 'optimization', enabled: true },
      { tenantId: tenantB.id, flag: 'black_box', enabled: false },
    ],
  });

  const audit = (tenantId: string | null, actorUserId: string, action: string, targetId: string) =>
    db().auditLog.create({
      data: { tenantId, actorUserId, action, targetType: 'user', targetId },
      select: { id: true },
    });
  const auditA = [
    await audit(tenantA.id, a.admin.id, 'user.create', a.engineer.id),
    await audit(tenantA.id, a.admin.id, 'user.update', a.viewer.id),
    await audit(tenantA.id, a.admin.id, 'user.disable', a.disabled.id),
  ].map((r) => r.id);
  const auditB = [
    await audit(tenantB.id, b.admin.id, 'user.create', b.engineer.id),
    await audit(tenantB.id, b.admin.id, 'flag.update', b.viewer.id),
  ].map((r) => r.id);
  const auditPlatform = (await audit(null, owner.id, 'tenant.create', tenantA.id)).id;

  return { tenantA, tenantB, a, b, owner, auditA, auditB, auditPlatform };
}

export type TwoTenants = Awaited<ReturnType<typeof createTwoTenants>>;
