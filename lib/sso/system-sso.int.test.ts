// SSO against a real database: saving configs (encrypted write-only secret, one tenant per domain,
// audit), domain → tenant resolution, user provisioning and the one-time sign-in ticket.
import { createTestDatabase } from '../test/database';
import { createTenant, createUser, uniqueSuffix } from '../test/system-fixtures';
import { db, disconnectDb } from '../db/client';
import { getSsoConfig } from './get-sso-config';
import { open } from './secret-box';
import type { SsoConfigInput } from './sso-schema';
import { issueTicket } from './sso-ticket';
import { provisionSsoUser, type ProvisionPolicy } from './system-provision-sso-user';
import { redeemSsoTicket, ticketFor } from './system-redeem-sso-ticket';
import { saveSsoConfig } from './system-save-sso-config';
import { findSsoConfigForEmail, findSsoConfigForTenant } from './system-sso-directory';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
});
afterAll(async () => {
  await disconnectDb();
  await testDb?.drop();
});

const ISSUER = 'https://idp.example.com';
const SECRET = 'very-secret-client-secret';
const domain = (label = 'd') => `${label}-${uniqueSuffix()}.example`;
const input = (over: Partial<SsoConfigInput> = {}): SsoConfigInput => ({
  provider: 'generic',
  issuer: ISSUER,
  clientId: 'client-1',
  clientSecret: SECRET,
  allowedDomains: [domain()],
  defaultRole: 'engineer',
  jitEnabled: true,
  enabled: true,
  ...over,
});
async function tenantWithAdmin() {
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, name: 'Admin', role: 'tenant_admin' });
  return { tenant, ctx: { tenantId: tenant.id, userId: admin.id, requestId: `req-${uniqueSuffix()}` } };
}
const storedSecret = async (tenantId: string) =>
  (await db().tenantSsoConfig.findUniqueOrThrow({ where: { tenantId } })).clientSecretEncrypted;

describe('saveSsoConfig', () => {
  it('stores the client secret encrypted, never returns it, and keeps it when left empty', async () => {
    const { tenant, ctx } = await tenantWithAdmin();
    const saved = await saveSsoConfig(ctx, input());
    expect(saved).toMatchObject({ clientSecretSet: true, issuer: ISSUER, defaultRole: 'engineer' });
    expect(JSON.stringify(saved)).not.toContain(SECRET);
    const sealed = await storedSecret(tenant.id);
    expect(sealed).not.toContain(SECRET);
    expect(open(sealed, 'sso-client-secret')).toBe(SECRET);

    await saveSsoConfig(ctx, input({ clientSecret: '', defaultRole: 'viewer' }));
    expect(await storedSecret(tenant.id)).toBe(sealed);
    await saveSsoConfig(ctx, input({ clientSecret: undefined }));
    expect(await storedSecret(tenant.id)).toBe(sealed);
    await saveSsoConfig(ctx, input({ clientSecret: 'rotated-secret' }));
    expect(open(await storedSecret(tenant.id), 'sso-client-secret')).toBe('rotated-secret');
    expect(await getSsoConfig(ctx)).toMatchObject({ clientSecretSet: true });
  });

  it('requires a secret when the config is created', async () => {
    const { tenant, ctx } = await tenantWithAdmin();
    await expect(saveSsoConfig(ctx, input({ clientSecret: '  ' }))).rejects.toMatchObject({
      status: 400,
      code: 'sso_secret_required',
    });
    expect(await db().tenantSsoConfig.findUnique({ where: { tenantId: tenant.id } })).toBeNull();
  });

  it('refuses (409) a domain another tenant already has, and lets the owner keep it', async () => {
    const a = await tenantWithAdmin();
    const b = await tenantWithAdmin();
    const shared = domain('shared');
    await saveSsoConfig(a.ctx, input({ allowedDomains: [shared] }));
    await expect(saveSsoConfig(b.ctx, input({ allowedDomains: [domain(), shared] }))).rejects.toMatchObject({
      status: 409,
      code: 'sso_domain_taken',
      details: { domains: [shared] },
    });
    expect(await db().tenantSsoConfig.findUnique({ where: { tenantId: b.tenant.id } })).toBeNull();
    // A disabled config still owns its domains.
    await saveSsoConfig(a.ctx, input({ allowedDomains: [shared], enabled: false }));
    await expect(saveSsoConfig(b.ctx, input({ allowedDomains: [shared] }))).rejects.toMatchObject({ status: 409 });
    // Once A lets go, B may take it.
    await saveSsoConfig(a.ctx, input({ allowedDomains: [domain()] }));
    await expect(saveSsoConfig(b.ctx, input({ allowedDomains: [shared] }))).resolves.toMatchObject({
      allowedDomains: [shared],
    });
  });

  it('lets only one of two concurrent claims on a domain win', async () => {
    const a = await tenantWithAdmin();
    const b = await tenantWithAdmin();
    const contested = domain('race');
    const results = await Promise.allSettled([
      saveSsoConfig(a.ctx, input({ allowedDomains: [contested] })),
      saveSsoConfig(b.ctx, input({ allowedDomains: [contested] })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db().tenantSsoConfig.count({ where: { allowedDomains: { has: contested } } })).toBe(1);
  });

  it('audits creation and every change without the secret', async () => {
    const { tenant, ctx } = await tenantWithAdmin();
    await saveSsoConfig(ctx, input());
    await saveSsoConfig(ctx, input({ clientSecret: '', jitEnabled: false }));
    const rows = await db().auditLog.findMany({
      where: { tenantId: tenant.id, targetType: 'sso_config' },
      orderBy: { createdAt: 'asc' },
    });
    expect(rows.map((r) => [r.action, r.actorUserId, r.requestId])).toEqual([
      ['sso.config_create', ctx.userId, ctx.requestId],
      ['sso.config_update', ctx.userId, ctx.requestId],
    ]);
    expect(rows[1]!.before).toMatchObject({ jitEnabled: true });
    expect(rows[1]!.after).toMatchObject({ jitEnabled: false, rotatedClientKey: false });
    expect(rows[0]!.after).toMatchObject({ rotatedClientKey: true });
    expect(JSON.stringify(rows)).not.toContain(SECRET);
    expect(JSON.stringify(rows)).not.toMatch(/v1\.[\w-]+\.[\w-]+\.[\w-]+/);
  });

  it('refuses plain-HTTP issuers unless the deployment allows them', async () => {
    const { ctx } = await tenantWithAdmin();
    await expect(saveSsoConfig(ctx, input({ issuer: 'http://idp.example.com' }))).rejects.toMatchObject({
      status: 400,
      code: 'sso_issuer_insecure',
    });
  });
});

describe('domain → tenant', () => {
  it('routes an email to the one tenant whose enabled config lists its domain', async () => {
    const { tenant, ctx } = await tenantWithAdmin();
    const d = domain('route');
    await saveSsoConfig(ctx, input({ allowedDomains: [d, domain()] }));
    const found = await findSsoConfigForEmail(`Layla@${d.toUpperCase()}`);
    expect(found).toMatchObject({ tenantId: tenant.id, issuer: ISSUER, clientSecret: SECRET, tenantActive: true });
    expect(await findSsoConfigForEmail(`layla@sub.${d}`)).toBeNull();
    expect(await findSsoConfigForEmail(`layla@${domain('unknown')}`)).toBeNull();
    expect(await findSsoConfigForEmail('just-a-username')).toBeNull();

    await saveSsoConfig(ctx, input({ allowedDomains: [d], enabled: false, clientSecret: '' }));
    expect(await findSsoConfigForEmail(`layla@${d}`)).toBeNull();
    expect(await findSsoConfigForTenant(tenant.id)).toBeNull();
  });

  it('reports a suspended tenant and an unreadable secret', async () => {
    const { tenant, ctx } = await tenantWithAdmin();
    const d = domain('susp');
    await saveSsoConfig(ctx, input({ allowedDomains: [d] }));
    await db().tenant.update({ where: { id: tenant.id }, data: { status: 'suspended' } });
    await db().tenantSsoConfig.update({ where: { tenantId: tenant.id }, data: { clientSecretEncrypted: 'v1.x.y.z' } });
    expect(await findSsoConfigForEmail(`a@${d}`)).toMatchObject({ tenantActive: false, clientSecret: null });
  });
});

describe('provisionSsoUser', () => {
  async function setup(over: Partial<ProvisionPolicy> = {}) {
    const tenant = await createTenant();
    const d = domain('p');
    const policy: ProvisionPolicy = {
      tenantId: tenant.id,
      allowedDomains: [d],
      jitEnabled: true,
      defaultRole: 'engineer',
      provider: 'generic',
      ...over,
    };
    const identity = (local: string, subject = `sub-${uniqueSuffix()}`) => ({
      issuer: ISSUER,
      subject,
      email: `${local}@${d}`,
      emailVerified: true,
      name: `Name ${local}`,
    });
    return { tenant, d, policy, identity };
  }

  it('creates the user just in time (sso, default role, no password), audited as the system (sso)', async () => {
    const { tenant, policy, identity } = await setup();
    const who = identity('layla');
    const result = await provisionSsoUser(who, policy, 'req-jit');
    expect(result).toMatchObject({ status: 'ok', created: true });
    const id = (result as { user: { id: string } }).user.id;
    const row = await db().user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
    expect(row).toMatchObject({
      tenantId: tenant.id,
      email: who.email,
      name: 'Name layla',
      role: 'engineer',
      authSource: 'sso',
      ssoIssuer: ISSUER,
      ssoSubject: who.subject,
      passwordHash: null,
      status: 'active',
    });
    const audit = await db().auditLog.findFirstOrThrow({ where: { targetId: id, action: 'user.create' } });
    expect(audit).toMatchObject({
      tenantId: tenant.id,
      actorType: 'system',
      systemActor: 'sso',
      actorUserId: null,
      requestId: 'req-jit',
    });

    // The same person again: the same row, nothing new.
    const again = await provisionSsoUser({ ...who, email: who.email.toUpperCase() }, policy);
    expect(again).toEqual({ status: 'ok', user: { id, tenantId: tenant.id }, created: false });
    expect(await db().user.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it('never creates a platform owner, whatever the stored role says', async () => {
    const { policy, identity } = await setup({ defaultRole: 'platform_owner' });
    const result = await provisionSsoUser(identity('root'), policy);
    const id = (result as { user: { id: string } }).user.id;
    expect((await db().user.findUniqueOrThrow({ where: { id } })).role).toBe('viewer');
  });

  it('refuses a user row of another tenant, by subject or by email', async () => {
    const { policy, identity, d } = await setup();
    const other = await createTenant();
    const inOther = await provisionSsoUser(identity('sami'), { ...policy, tenantId: other.id });
    expect(inOther.status).toBe('ok');
    const sami = await db().user.findFirstOrThrow({ where: { email: `sami@${d}` } });
    expect(await provisionSsoUser({ ...identity('sami'), subject: sami.ssoSubject! }, policy)).toEqual({
      status: 'refused',
      reason: 'other_tenant',
    });
    expect(await provisionSsoUser(identity('sami'), policy)).toEqual({ status: 'refused', reason: 'other_tenant' });
    expect(await db().user.count({ where: { email: `sami@${d}` } })).toBe(1);
  });

  it('refuses a local account with that email, a disabled user, and newcomers when JIT is off', async () => {
    const { tenant, policy, identity, d } = await setup();
    await createUser({ tenantId: tenant.id, name: 'Local', role: 'engineer', email: `mona@${d}` });
    expect(await provisionSsoUser(identity('mona'), policy)).toEqual({ status: 'refused', reason: 'local_account' });
    expect(await db().user.findFirstOrThrow({ where: { email: `mona@${d}` } })).toMatchObject({
      authSource: 'local',
      ssoSubject: null,
    });

    const first = await provisionSsoUser(identity('omar', 'sub-omar'), policy);
    await db().user.update({
      where: { id: (first as { user: { id: string } }).user.id },
      data: { status: 'disabled' },
    });
    expect(await provisionSsoUser(identity('omar', 'sub-omar'), policy)).toEqual({
      status: 'refused',
      reason: 'user_disabled',
    });

    expect(await provisionSsoUser(identity('new'), { ...policy, jitEnabled: false })).toEqual({
      status: 'refused',
      reason: 'no_account',
    });
    expect(await db().user.count({ where: { email: `new@${d}` } })).toBe(0);
  });

  it('links an SSO user an admin created before their first sign-in', async () => {
    const { tenant, policy, identity, d } = await setup({ jitEnabled: false });
    const pre = await db().user.create({
      data: { tenantId: tenant.id, email: `pre@${d}`, name: 'Pre', role: 'viewer', authSource: 'sso' },
    });
    const who = identity('pre');
    expect(await provisionSsoUser(who, policy)).toMatchObject({ status: 'ok', user: { id: pre.id }, created: false });
    expect(await db().user.findUniqueOrThrow({ where: { id: pre.id } })).toMatchObject({
      ssoIssuer: ISSUER,
      ssoSubject: who.subject,
    });
    // Someone else at the same IdP with that email now is refused.
    expect(await provisionSsoUser(identity('pre'), policy)).toEqual({ status: 'refused', reason: 'subject_mismatch' });
    // The link is audited, by the system, without the subject.
    const link = await db().auditLog.findFirstOrThrow({ where: { targetId: pre.id, action: 'user.sso_link' } });
    expect(link).toMatchObject({ tenantId: tenant.id, actorUserId: null, targetType: 'user' });
    expect(link.after).toMatchObject({ ssoIssuer: ISSUER, email: `pre@${d}` });
    expect(JSON.stringify(link)).not.toContain(who.subject);
  });

  it('never links or creates on an email the IdP does not vouch for (a missing email_verified included)', async () => {
    const { tenant, policy, identity, d } = await setup();
    const pre = await db().user.create({
      data: { tenantId: tenant.id, email: `wait@${d}`, name: 'Wait', role: 'viewer', authSource: 'sso' },
    });
    // What identity-claims.ts makes of a token without email_verified.
    const unverified = { ...identity('wait'), emailVerified: false };
    expect(await provisionSsoUser(unverified, policy)).toEqual({ status: 'refused', reason: 'email_unverified' });
    expect(await provisionSsoUser({ ...identity('newbie'), emailVerified: false }, policy)).toEqual({
      status: 'refused',
      reason: 'email_unverified',
    });
    expect(await db().user.findUniqueOrThrow({ where: { id: pre.id } })).toMatchObject({ ssoSubject: null });
    expect(await db().user.count({ where: { email: `newbie@${d}` } })).toBe(0);
    // Entra: the email counts only with xms_edov (or email_verified) in the token.
    const entra = { ...policy, provider: 'entra_id' };
    expect(await provisionSsoUser(unverified, entra)).toEqual({ status: 'refused', reason: 'email_unverified' });
    expect(await provisionSsoUser({ ...unverified, emailDomainOwnerVerified: true }, entra)).toMatchObject({
      status: 'ok',
      user: { id: pre.id },
    });
  });

  it('with the Google preset, requires a Workspace account (hd) of the tenant’s domains', async () => {
    const { tenant, identity, d, policy } = await setup();
    const google = { ...policy, provider: 'google' };
    const pre = await db().user.create({
      data: { tenantId: tenant.id, email: `gaby@${d}`, name: 'Gaby', role: 'viewer', authSource: 'sso' },
    });
    // A personal Google account that verified an address in the tenant's domain: no hd.
    expect(await provisionSsoUser(identity('gaby'), google)).toEqual({ status: 'refused', reason: 'hosted_domain' });
    expect(await provisionSsoUser(identity('gmailer'), google)).toEqual({ status: 'refused', reason: 'hosted_domain' });
    expect(await provisionSsoUser({ ...identity('gaby'), hostedDomain: 'other.example' }, google)).toEqual({
      status: 'refused',
      reason: 'hosted_domain',
    });
    expect(await db().user.findUniqueOrThrow({ where: { id: pre.id } })).toMatchObject({ ssoSubject: null });
    expect(await db().user.count({ where: { email: `gmailer@${d}` } })).toBe(0);
    // The tenant's own Workspace account links.
    expect(await provisionSsoUser({ ...identity('gaby'), hostedDomain: d }, google)).toMatchObject({
      status: 'ok',
      user: { id: pre.id },
    });
  });

  it('signs a linked user in by subject after their email changed at the IdP, even unverified', async () => {
    const { policy, identity, d } = await setup();
    const first = await provisionSsoUser(identity('renamed', 'sub-renamed'), policy);
    const id = (first as { user: { id: string } }).user.id;
    for (const email of [`renamed.new@${d}`, 'renamed@elsewhere.example', null]) {
      expect(await provisionSsoUser({ ...identity('x', 'sub-renamed'), email, emailVerified: false }, policy)).toEqual({
        status: 'ok',
        user: { id, tenantId: policy.tenantId },
        created: false,
      });
    }
  });

  it('links a pre-created user once, even when two identities race for it', async () => {
    const { tenant, policy, identity, d } = await setup({ jitEnabled: false });
    const pre = await db().user.create({
      data: { tenantId: tenant.id, email: `race@${d}`, name: 'Race', role: 'viewer', authSource: 'sso' },
    });
    const results = await Promise.all([
      provisionSsoUser(identity('race', 'sub-race-1'), policy),
      provisionSsoUser(identity('race', 'sub-race-2'), policy),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['ok', 'refused']);
    expect(results.find((r) => r.status === 'refused')).toEqual({ status: 'refused', reason: 'subject_mismatch' });
    const row = await db().user.findUniqueOrThrow({ where: { id: pre.id } });
    const winner = results.findIndex((r) => r.status === 'ok');
    expect(row.ssoSubject).toBe(`sub-race-${winner + 1}`);
    expect(await db().auditLog.count({ where: { targetId: pre.id, action: 'user.sso_link' } })).toBe(1);
  });
});

describe('sign-in ticket', () => {
  async function ssoUser() {
    const tenant = await createTenant();
    const user = await createUser({ tenantId: tenant.id, name: 'Sso', role: 'viewer', authSource: 'sso' });
    return { tenant, user };
  }

  it('signs the user in once, records auth.sso_sign_in, and cannot be replayed', async () => {
    const { tenant, user } = await ssoUser();
    const ticket = (await ticketFor(user.id, tenant.id))!;
    const signedIn = await redeemSsoTicket(ticket, 'req-t');
    expect(signedIn).toMatchObject({ id: user.id, tenantId: tenant.id, role: 'viewer' });
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      lastSignInAt: expect.any(Date),
    });
    expect(await redeemSsoTicket(ticket)).toBeNull();
    const audits = await db().auditLog.findMany({ where: { targetId: user.id, action: 'auth.sso_sign_in' } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorUserId: user.id, tenantId: tenant.id });

    // A later sign-in gets a new ticket that works (once).
    const next = (await ticketFor(user.id, tenant.id))!;
    expect(await redeemSsoTicket(next)).not.toBeNull();
    expect(await redeemSsoTicket(next)).toBeNull();
  });

  it('is refused when the user was disabled, their sessions ended, or the tenant suspended meanwhile', async () => {
    const a = await ssoUser();
    const t1 = (await ticketFor(a.user.id, a.tenant.id))!;
    await db().user.update({ where: { id: a.user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await redeemSsoTicket(t1)).toBeNull();

    const t2 = (await ticketFor(a.user.id, a.tenant.id))!;
    await db().user.update({ where: { id: a.user.id }, data: { status: 'disabled' } });
    expect(await redeemSsoTicket(t2)).toBeNull();

    const b = await ssoUser();
    const t3 = (await ticketFor(b.user.id, b.tenant.id))!;
    await db().tenant.update({ where: { id: b.tenant.id }, data: { status: 'suspended' } });
    expect(await redeemSsoTicket(t3)).toBeNull();
  });

  it('is refused for a local user, a wrong tenant, or an expired ticket', async () => {
    const tenant = await createTenant();
    const local = await createUser({ tenantId: tenant.id, name: 'Local', role: 'viewer' });
    expect(await redeemSsoTicket(await ticketFor(local.id, tenant.id))).toBeNull();

    const { user } = await ssoUser();
    const other = await createTenant();
    expect(await ticketFor(user.id, other.id)).toBeNull();
    expect(await redeemSsoTicket(issueTicket({ uid: user.id, tid: other.id, sv: 1, lsi: 0 }))).toBeNull();
    expect(
      await redeemSsoTicket(issueTicket({ uid: user.id, tid: tenant.id, sv: 1, lsi: 0 }, { now: Date.now() - 61_000 })),
    ).toBeNull();
  });
});
