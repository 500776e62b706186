import { decideSsoUser, type KnownUser, type SsoIdentity, type SsoPolicy } from './sso-user-rules';

const TENANT = 'tenant-a';
const ISSUER = 'https://idp.example.com';
const policy: SsoPolicy = { tenantId: TENANT, allowedDomains: ['a.example'], jitEnabled: true };
const identity: SsoIdentity = { issuer: ISSUER, subject: 'sub-1', email: 'layla@a.example', emailVerified: true };
const user = (over: Partial<KnownUser> = {}): KnownUser => ({
  id: 'u1',
  tenantId: TENANT,
  status: 'active',
  authSource: 'sso',
  ssoIssuer: ISSUER,
  ssoSubject: 'sub-1',
  ...over,
});
const none = { bySubject: null, byEmail: null };

describe('decideSsoUser', () => {
  it('creates an unknown user just in time, or refuses when JIT is off', () => {
    expect(decideSsoUser(identity, policy, none)).toEqual({ kind: 'create' });
    expect(decideSsoUser(identity, { ...policy, jitEnabled: false }, none)).toEqual({
      kind: 'refuse',
      reason: 'no_account',
    });
  });

  it('signs a returning user in by issuer + subject, even if their email changed', () => {
    const known = user();
    expect(decideSsoUser(identity, policy, { bySubject: known, byEmail: null })).toEqual({
      kind: 'sign_in',
      userId: 'u1',
    });
  });

  it('requires an email, verified when the IdP says, in an allowed domain of this tenant', () => {
    expect(decideSsoUser({ ...identity, email: null }, policy, none)).toMatchObject({ reason: 'email_missing' });
    expect(decideSsoUser({ ...identity, emailVerified: false }, policy, none)).toMatchObject({
      reason: 'email_unverified',
    });
    expect(decideSsoUser({ ...identity, emailVerified: undefined }, policy, none)).toEqual({ kind: 'create' });
    expect(decideSsoUser({ ...identity, email: 'layla@b.example' }, policy, none)).toMatchObject({
      reason: 'domain_not_allowed',
    });
    // Subdomains are not included implicitly.
    expect(decideSsoUser({ ...identity, email: 'layla@x.a.example' }, policy, none)).toMatchObject({
      reason: 'domain_not_allowed',
    });
    // The domain rule applies to returning users too.
    expect(
      decideSsoUser({ ...identity, email: 'layla@b.example' }, policy, { bySubject: user(), byEmail: null }),
    ).toMatchObject({ reason: 'domain_not_allowed' });
  });

  it('never lets a user of another tenant (or a platform owner) in', () => {
    const foreign = user({ tenantId: 'tenant-b' });
    expect(decideSsoUser(identity, policy, { bySubject: foreign, byEmail: null })).toMatchObject({
      reason: 'other_tenant',
    });
    expect(decideSsoUser(identity, policy, { bySubject: null, byEmail: foreign })).toMatchObject({
      reason: 'other_tenant',
    });
    expect(
      decideSsoUser(identity, policy, { bySubject: null, byEmail: user({ tenantId: null, authSource: 'local' }) }),
    ).toMatchObject({ reason: 'other_tenant' });
  });

  it('refuses disabled users', () => {
    expect(decideSsoUser(identity, policy, { bySubject: user({ status: 'disabled' }), byEmail: null })).toMatchObject({
      reason: 'user_disabled',
    });
    const preProvisioned = user({ status: 'disabled', ssoIssuer: null, ssoSubject: null });
    expect(decideSsoUser(identity, policy, { bySubject: null, byEmail: preProvisioned })).toMatchObject({
      reason: 'user_disabled',
    });
  });

  it('does not merge a password account into an SSO identity', () => {
    const local = user({ authSource: 'local', ssoIssuer: null, ssoSubject: null });
    expect(decideSsoUser(identity, policy, { bySubject: null, byEmail: local })).toMatchObject({
      reason: 'local_account',
    });
  });

  it('links a pre-created SSO user, or one from the tenant’s previous IdP', () => {
    const preProvisioned = user({ ssoIssuer: null, ssoSubject: null });
    expect(decideSsoUser(identity, policy, { bySubject: null, byEmail: preProvisioned })).toEqual({
      kind: 'link',
      userId: 'u1',
    });
    const fromOldIdp = user({ ssoIssuer: 'https://old-idp.example.com', ssoSubject: 'old-sub' });
    expect(decideSsoUser(identity, policy, { bySubject: null, byEmail: fromOldIdp })).toEqual({
      kind: 'link',
      userId: 'u1',
    });
  });

  it('refuses a different person of the same IdP behind an already linked email', () => {
    const linked = user({ ssoSubject: 'someone-else' });
    expect(decideSsoUser(identity, policy, { bySubject: null, byEmail: linked })).toMatchObject({
      reason: 'subject_mismatch',
    });
  });
});
