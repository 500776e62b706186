// Email-domain claims against a real database and a real DNS server on 127.0.0.1: who may claim a
// domain, that only a proven (verified) claim routes sign-ins, the two proofs (DNS TXT record,
// platform owner's approval), 409s for both sides of a conflict, and the platform's own users
// staying on the password path whatever the claims say.
import { createTestDatabase } from '../test/database';
import { startLocalDnsServer, type LocalDnsServer } from '../test/local-dns-server';
import { createTenant, createUser, uniqueSuffix } from '../test/system-fixtures';
import { db, disconnectDb } from '../db/client';
import { AppError } from '../http/app-error';
import { createTenantWithAdmin } from '../tenants/system-create-tenant';
import { ZCreateTenant } from '../tenants/tenant-schemas';
import { createTenantUser } from '../users/create-tenant-user';
import { ZCreateTenantUser } from '../users/schemas';
import { resolveSignInAction } from '../../app/[locale]/(auth)/login/resolve-action';
import type { DomainClaimView } from './domain-claim-record';
import { getSsoConfig } from './get-sso-config';
import type { SsoConfigInput } from './sso-schema';
import { decideDomainClaim } from './system-decide-domain-claim';
import { provisionSsoUser } from './system-provision-sso-user';
import { saveSsoConfig } from './system-save-sso-config';
import { findSsoConfigForEmail, findSsoConfigForTenant } from './system-sso-directory';
import { verifyDomainClaimByDns } from './system-verify-domain-claim';

jest.setTimeout(60_000);

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let dns: LocalDnsServer;
let owner: { userId: string; requestId: string };
beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  dns = await startLocalDnsServer();
  // Read lazily by lib/sso/sso-env.ts on the first lookup: every DNS proof below asks this server.
  process.env.SSO_DNS_SERVERS = dns.address;
  const user = await createUser({ tenantId: null, name: 'Olivia Owner', role: 'platform_owner' });
  owner = { userId: user.id, requestId: 'req-owner' };
});
afterAll(async () => {
  await dns?.close();
  await disconnectDb();
  await testDb?.drop();
});

const domain = (label = 'd') => `${label}-${uniqueSuffix()}.example`;
const input = (allowedDomains: string[]): SsoConfigInput => ({
  provider: 'generic',
  issuer: 'https://idp.example.com',
  clientId: 'client-1',
  clientSecret: 'client-secret-1',
  allowedDomains,
  defaultRole: 'engineer',
  jitEnabled: true,
  enabled: true,
});
async function tenantWithAdmin() {
  const tenant = await createTenant();
  const admin = await createUser({ tenantId: tenant.id, name: 'Admin', role: 'tenant_admin' });
  return { tenant, ctx: { tenantId: tenant.id, userId: admin.id, requestId: `req-${uniqueSuffix()}` } };
}
/** The tenant's claim of one domain, as the settings API shows it. */
async function claimOf(tenantId: string, d: string): Promise<DomainClaimView | undefined> {
  return (await getSsoConfig({ tenantId }))?.domains.find((c) => c.domain === d);
}
async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}
const routedTenant = async (email: string) => (await findSsoConfigForEmail(email))?.tenantId ?? null;
const approve = (tenantId: string, d: string) => decideDomainClaim(owner, tenantId, d, 'approve');
const auditActions = async (tenantId: string) =>
  (
    await db().auditLog.findMany({
      where: { tenantId, targetType: 'sso_domain_claim' },
      // rows written in one transaction share its timestamp: the action breaks the tie
      orderBy: [{ createdAt: 'asc' }, { action: 'asc' }],
    })
  ).map((r) => [r.action, r.actorUserId]);

describe('who may claim a domain', () => {
  it("refuses (409) the platform owner's domain, naming only the domain", async () => {
    const d = domain('platform');
    await createUser({ tenantId: null, name: 'Root', role: 'platform_owner', email: `root@${d}` });
    const a = await tenantWithAdmin();
    const free = domain('free');
    const error = await rejection(saveSsoConfig(a.ctx, input([free, d])));
    expect(error).toMatchObject({ status: 409, code: 'sso_domain_taken', details: { domains: [d] } });
    expect(await db().tenantSsoConfig.findUnique({ where: { tenantId: a.tenant.id } })).toBeNull();
    expect(await db().ssoDomainClaim.count({ where: { tenantId: a.tenant.id } })).toBe(0);
  });

  it("refuses (409) a domain where another tenant's user has an address (any case), not the tenant's own", async () => {
    const d = domain('theirs');
    const b = await createTenant();
    await createUser({ tenantId: b.id, name: 'Mona', role: 'engineer', email: `mona@${d}`.toUpperCase() });
    const a = await tenantWithAdmin();
    const error = await rejection(saveSsoConfig(a.ctx, input([d])));
    expect(error).toMatchObject({ status: 409, code: 'sso_domain_taken', details: { domains: [d] } });
    // The problem names the domain, never the other tenant.
    expect(JSON.stringify(error.details)).not.toContain(b.id);
    expect(JSON.stringify(error.details)).not.toContain(b.name);

    const own = domain('own');
    await createUser({ tenantId: a.tenant.id, name: 'Ours', role: 'viewer', email: `ours@${own}` });
    await expect(saveSsoConfig(a.ctx, input([own]))).resolves.toMatchObject({ allowedDomains: [own] });
  });

  it('a pending claim blocks every other tenant (409) until it is refused or released', async () => {
    const a = await tenantWithAdmin();
    const b = await tenantWithAdmin();
    const x = domain('contested');
    await saveSsoConfig(a.ctx, input([x]));
    expect((await claimOf(a.tenant.id, x))?.status).toBe('pending');
    await expect(saveSsoConfig(b.ctx, input([x]))).rejects.toMatchObject({
      status: 409,
      details: { domains: [x] },
    });
    await decideDomainClaim(owner, a.tenant.id, x, 'refuse');
    await expect(saveSsoConfig(b.ctx, input([x]))).resolves.toMatchObject({
      domains: [expect.objectContaining({ domain: x, status: 'pending' })],
    });
  });
});

describe('only verified claims route sign-ins', () => {
  it('a new domain starts pending with a TXT record to publish, and routes nothing', async () => {
    const a = await tenantWithAdmin();
    const d = domain('pending');
    const saved = await saveSsoConfig(a.ctx, input([d]));
    expect(saved.domains).toEqual([
      expect.objectContaining({
        domain: d,
        status: 'pending',
        method: null,
        verifiedAt: null,
        record: { name: `_optria-challenge.${d}`, value: expect.stringMatching(/^optria-verification=[0-9a-f]{32}$/) },
      }),
    ]);
    expect(await findSsoConfigForEmail(`layla@${d}`)).toBeNull();
    // …nor does it satisfy the callback's domain check.
    expect((await findSsoConfigForTenant(a.tenant.id))?.verifiedDomains).toEqual([]);
    const jit = await provisionSsoUser(
      { issuer: 'https://idp.example.com', subject: `s-${uniqueSuffix()}`, email: `layla@${d}`, emailVerified: true },
      { tenantId: a.tenant.id, allowedDomains: [], jitEnabled: true, defaultRole: 'viewer', provider: 'generic' },
    );
    expect(jit).toEqual({ status: 'refused', reason: 'domain_not_allowed' });
  });

  it('a released domain stops routing; claiming it again starts over with a new token', async () => {
    const a = await tenantWithAdmin();
    const d = domain('again');
    const first = (await saveSsoConfig(a.ctx, input([d]))).domains[0]!;
    await approve(a.tenant.id, d);
    expect(await routedTenant(`x@${d}`)).toBe(a.tenant.id);

    await saveSsoConfig(a.ctx, input([domain('other')]));
    expect(await routedTenant(`x@${d}`)).toBeNull();
    expect(await db().ssoDomainClaim.findFirstOrThrow({ where: { tenantId: a.tenant.id, domain: d } })).toMatchObject({
      status: 'revoked',
      activeDomain: null,
    });

    const again = (await saveSsoConfig(a.ctx, input([d]))).domains[0]!;
    expect(again).toMatchObject({ id: first.id, status: 'pending', verifiedAt: null });
    expect(again.record.value).not.toBe(first.record.value);
    expect(await routedTenant(`x@${d}`)).toBeNull();
    expect((await auditActions(a.tenant.id)).map(([action]) => action)).toEqual([
      'sso.domain_claim',
      'sso.domain_approve',
      'sso.domain_claim', // the other domain…
      'sso.domain_release', // …in the same save
      'sso.domain_claim',
      'sso.domain_release', // the other domain, dropped by the last save
    ]);
  });
});

describe('proof by DNS TXT record', () => {
  it('the published record verifies the claim; sign-ins then go to the tenant', async () => {
    const a = await tenantWithAdmin();
    const d = domain('dns');
    const claim = (await saveSsoConfig(a.ctx, input([d]))).domains[0]!;
    // Other TXT records at the same name do not get in the way.
    dns.setTxt(claim.record.name, ['v=spf1 -all', claim.record.value]);
    const verified = await verifyDomainClaimByDns(a.ctx, d);
    expect(verified).toMatchObject({ status: 'verified', method: 'dns_txt', verifiedAt: expect.any(Date) });
    expect(await db().ssoDomainClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      verifiedById: a.ctx.userId,
    });
    expect(await routedTenant(`Layla@${d.toUpperCase()}`)).toBe(a.tenant.id);
    expect((await findSsoConfigForTenant(a.tenant.id))?.verifiedDomains).toEqual([d]);
    expect(await auditActions(a.tenant.id)).toEqual([
      ['sso.domain_claim', a.ctx.userId],
      ['sso.domain_verify', a.ctx.userId],
    ]);
    // Verifying again is harmless.
    await expect(verifyDomainClaimByDns(a.ctx, d)).resolves.toMatchObject({ status: 'verified' });
  });

  it('a missing record, a different value or a failing resolver keep the claim pending, each with its error', async () => {
    const a = await tenantWithAdmin();
    const [missing, wrong, broken] = [domain('missing'), domain('wrong'), domain('broken')];
    await saveSsoConfig(a.ctx, input([missing, wrong, broken]));
    dns.setTxt(`_optria-challenge.${wrong}`, ['optria-verification=0123456789abcdef0123456789abcdef']);
    dns.fail(`_optria-challenge.${broken}`);

    expect(await rejection(verifyDomainClaimByDns(a.ctx, missing))).toMatchObject({
      status: 422,
      code: 'sso_domain_record_missing',
      messageKey: 'ssoDomains.errors.recordMissing',
      details: { domains: [missing] },
    });
    expect(await rejection(verifyDomainClaimByDns(a.ctx, wrong))).toMatchObject({
      status: 422,
      code: 'sso_domain_record_mismatch',
    });
    expect(await rejection(verifyDomainClaimByDns(a.ctx, broken))).toMatchObject({
      status: 503,
      code: 'sso_dns_lookup_failed',
    });
    const claims = (await getSsoConfig(a.ctx))!.domains;
    expect(claims.map((c) => [c.domain, c.status, c.lastCheckError])).toEqual([
      [missing, 'pending', 'not_found'],
      [wrong, 'pending', 'mismatch'],
      [broken, 'pending', 'lookup_failed'],
    ]);
    expect(claims.every((c) => c.lastCheckAt instanceof Date)).toBe(true);
    for (const d of [missing, wrong, broken]) expect(await findSsoConfigForEmail(`a@${d}`)).toBeNull();
  });

  it("is 404 for a domain the tenant has not claimed, including another tenant's", async () => {
    const a = await tenantWithAdmin();
    const b = await tenantWithAdmin();
    const d = domain('notmine');
    await saveSsoConfig(a.ctx, input([d]));
    expect(await rejection(verifyDomainClaimByDns(b.ctx, d))).toMatchObject({ status: 404 });
    expect(await rejection(verifyDomainClaimByDns(a.ctx, domain('never')))).toMatchObject({ status: 404 });
  });
});

describe("the platform owner's approval", () => {
  it('approve verifies, revoke stops routing and frees the domain, refused claims cannot be approved', async () => {
    const a = await tenantWithAdmin();
    const [d, e] = [domain('approve'), domain('refuse')];
    await saveSsoConfig(a.ctx, input([d, e]));
    await expect(approve(a.tenant.id, d)).resolves.toMatchObject({ status: 'verified', method: 'owner_approval' });
    expect(await routedTenant(`a@${d}`)).toBe(a.tenant.id);

    await expect(decideDomainClaim(owner, a.tenant.id, e, 'refuse')).resolves.toMatchObject({ status: 'refused' });
    expect(await rejection(approve(a.tenant.id, e))).toMatchObject({ status: 409, code: 'sso_domain_claim_state' });
    expect(await rejection(verifyDomainClaimByDns(a.ctx, e))).toMatchObject({ status: 409 });
    // A refusal sticks while the domain stays listed (saving other changes does not reopen it).
    await saveSsoConfig(a.ctx, { ...input([d, e]), jitEnabled: false });
    expect((await claimOf(a.tenant.id, e))?.status).toBe('refused');

    await decideDomainClaim(owner, a.tenant.id, d, 'revoke');
    expect(await routedTenant(`a@${d}`)).toBeNull();
    const b = await tenantWithAdmin();
    // Released by A, both domains are free for B again (pending, routing nothing yet).
    await saveSsoConfig(b.ctx, input([d, e]));
    expect((await claimOf(b.tenant.id, d))?.status).toBe('pending');
    expect((await claimOf(b.tenant.id, e))?.status).toBe('pending');

    expect(await auditActions(a.tenant.id)).toEqual([
      ['sso.domain_claim', a.ctx.userId],
      ['sso.domain_claim', a.ctx.userId],
      ['sso.domain_approve', owner.userId],
      ['sso.domain_refuse', owner.userId],
      ['sso.domain_revoke', owner.userId],
    ]);
    expect(await rejection(approve(a.tenant.id, domain('unknown')))).toMatchObject({ status: 404 });
    expect(await rejection(approve('not-a-uuid', d))).toMatchObject({ status: 404 });
  });
});

describe('a conflicting claim is a 409 for both sides', () => {
  it('a conflict that appeared while the claim was pending refuses its DNS proof and its approval', async () => {
    const a = await tenantWithAdmin();
    const b = await tenantWithAdmin();
    const x = domain('late');
    const claim = (await saveSsoConfig(a.ctx, input([x]))).domains[0]!;
    // B (which may: A's claim is only pending) creates a user in the domain.
    await createTenantUser(b.ctx, ZCreateTenantUser.parse({ name: 'Bassam', email: `bassam@${x}`, role: 'viewer' }));
    dns.setTxt(claim.record.name, [claim.record.value]);
    expect(await rejection(verifyDomainClaimByDns(a.ctx, x))).toMatchObject({
      status: 409,
      code: 'sso_domain_conflict',
      details: { domains: [x] },
    });
    expect(await rejection(approve(a.tenant.id, x))).toMatchObject({ status: 409, code: 'sso_domain_conflict' });
    expect((await claimOf(a.tenant.id, x))?.status).toBe('pending');
    expect(await routedTenant(`bassam@${x}`)).toBeNull();
  });

  it('a platform user that appeared meanwhile also refuses the approval', async () => {
    const a = await tenantWithAdmin();
    const x = domain('latepf');
    await saveSsoConfig(a.ctx, input([x]));
    await createUser({ tenantId: null, name: 'Root', role: 'platform_owner', email: `root@${x}` });
    expect(await rejection(approve(a.tenant.id, x))).toMatchObject({ status: 409, code: 'sso_domain_conflict' });
  });

  it("no user is created in another tenant's verified domain: tenant users, new tenants' admins, SSO JIT", async () => {
    const a = await tenantWithAdmin();
    const b = await tenantWithAdmin();
    const x = domain('verified');
    await saveSsoConfig(a.ctx, input([x]));
    await approve(a.tenant.id, x);

    const user = await rejection(
      createTenantUser(b.ctx, ZCreateTenantUser.parse({ name: 'Nour', email: `nour@${x}`, role: 'viewer' })),
    );
    expect(user).toMatchObject({
      status: 409,
      code: 'email_domain_claimed',
      details: { field: 'email', domains: [x] },
    });

    const slug = `t-${uniqueSuffix()}`;
    const newTenant = ZCreateTenant.parse({
      name: 'New Co',
      slug,
      defaultLocale: 'en',
      admin: { authSource: 'local', name: 'Ada', email: `ada@${x}` },
    });
    expect(await rejection(createTenantWithAdmin(owner, newTenant))).toMatchObject({
      status: 409,
      code: 'email_domain_claimed',
      details: { field: 'admin.email' },
    });
    expect(await db().tenant.count({ where: { slug } })).toBe(0);

    // B's own IdP (even if it asserted the domain) cannot create the account either.
    const jit = await provisionSsoUser(
      { issuer: 'https://idp-b.example.com', subject: `s-${uniqueSuffix()}`, email: `sara@${x}`, emailVerified: true },
      { tenantId: b.tenant.id, allowedDomains: [x], jitEnabled: true, defaultRole: 'viewer', provider: 'generic' },
    );
    expect(jit).toEqual({ status: 'refused', reason: 'domain_not_allowed' });
    expect(await db().user.count({ where: { email: { endsWith: `@${x}` } } })).toBe(0);

    // The claiming tenant itself may.
    await createTenantUser(a.ctx, ZCreateTenantUser.parse({ name: 'Hala', email: `hala@${x}`, role: 'viewer' }));
    expect(await db().user.count({ where: { email: `hala@${x}`, tenantId: a.tenant.id } })).toBe(1);
  });
});

describe('platform users never leave the password path', () => {
  /** A verified claim written straight to the table: old data, or a rule broken some other way. */
  async function forceVerifiedClaim(tenantId: string, d: string) {
    await db().ssoDomainClaim.create({
      data: {
        tenantId,
        domain: d,
        status: 'verified',
        activeDomain: d,
        verificationToken: 'x',
        method: 'owner_approval',
      },
    });
  }
  const signInStep = async (identifier: string) => {
    const form = new FormData();
    form.set('identifier', identifier);
    form.set('locale', 'en');
    return (await resolveSignInAction({ step: 'identifier' }, form)).step;
  };

  it('an address of a platform user (or of another tenant) in a verified domain gets the password step', async () => {
    const a = await tenantWithAdmin();
    await saveSsoConfig(a.ctx, input([domain('cfg')]));
    const d = domain('forced');
    await createUser({ tenantId: null, name: 'Root', role: 'platform_owner', email: `root@${d}` });
    const other = await createTenant();
    await createUser({ tenantId: other.id, name: 'Other', role: 'viewer', email: `other@${d}` });
    await forceVerifiedClaim(a.tenant.id, d);

    expect(await findSsoConfigForEmail(`root@${d}`)).toBeNull();
    expect(await findSsoConfigForEmail(`ROOT@${d}`)).toBeNull();
    expect(await findSsoConfigForEmail(`other@${d}`)).toBeNull();
    expect(await signInStep(`root@${d}`)).toBe('password');
    // Everyone else in the domain goes to the tenant's IdP.
    expect(await routedTenant(`someone@${d}`)).toBe(a.tenant.id);
    expect(await signInStep(`someone@${d}`)).toBe('sso');
  });
});
