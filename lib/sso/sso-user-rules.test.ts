import { decideSsoUser, type KnownUser, type SsoIdentity, type SsoPolicy } from './sso-user-rules';

const TENANT = 'tenant-a';
const ISSUER = 'https://idp.example.com';
const policy: SsoPolicy = { tenantId: TENANT, allowedDomains: ['a.example'], jitEnabled: true, provider: 'generic' };
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

  it('requires an email, verified, in an allowed domain of this tenant', () => {
    expect(decideSsoUser({ ...identity, email: null }, policy, none)).toMatchObject({ reason: 'email_missing' });
    expect(decideSsoUser({ ...identity, emailVerified: false }, policy, none)).toMatchObject({
      reason: 'email_unverified',
    });
    expect(decideSsoUser({ ...identity, email: 'layla@b.example' }, policy, none)).toMatchObject({
      reason: 'domain_not_allowed',
    });
    // Subdomains are not included implicitly.
    expect(decideSsoUser({ ...identity, email: 'layla@x.a.example' }, policy, none)).toMatchObject({
      reason: 'domain_not_allowed',
    });
  });

  it('knows a returning user by issuer + subject only: a changed, missing or unverified email does not matter', () => {
    const returning = { bySubject: user(), byEmail: null };
    for (const email of [
      { email: 'layla.k@a.example' },
      { email: 'layla@b.example' },
      { email: null },
      { emailVerified: false },
    ]) {
      expect(decideSsoUser({ ...identity, ...email }, policy, returning)).toEqual({ kind: 'sign_in', userId: 'u1' });
    }
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

  it('links a pre-created SSO user only on a verified email in an allowed domain', () => {
    const preProvisioned = user({ ssoIssuer: null, ssoSubject: null });
    const found = { bySubject: null, byEmail: preProvisioned };
    expect(decideSsoUser({ ...identity, emailVerified: false }, policy, found)).toMatchObject({
      reason: 'email_unverified',
    });
    expect(decideSsoUser({ ...identity, email: 'layla@b.example' }, policy, found)).toMatchObject({
      reason: 'domain_not_allowed',
    });
    expect(
      decideSsoUser({ ...identity, emailVerified: false }, { ...policy, provider: 'entra_id' }, found),
    ).toMatchObject({ reason: 'email_unverified' });
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

describe('what each preset trusts', () => {
  const preset = (provider: string, over: Partial<SsoPolicy> = {}): SsoPolicy => ({ ...policy, provider, ...over });
  const unverified: SsoIdentity = { ...identity, emailVerified: false };

  it.each(['generic', 'okta', 'an-unknown-preset'])('%s: email_verified must be true, nothing else counts', (p) => {
    expect(decideSsoUser(identity, preset(p), none)).toEqual({ kind: 'create' });
    expect(decideSsoUser(unverified, preset(p), none)).toMatchObject({ reason: 'email_unverified' });
    // Another provider's claims vouch for nothing here.
    expect(decideSsoUser({ ...unverified, emailDomainOwnerVerified: true }, preset(p), none)).toMatchObject({
      reason: 'email_unverified',
    });
    expect(decideSsoUser({ ...unverified, hostedDomain: 'a.example' }, preset(p), none)).toMatchObject({
      reason: 'email_unverified',
    });
  });

  describe('google', () => {
    const google = preset('google', { allowedDomains: ['a.example', 'b.example'] });
    const workspace: SsoIdentity = { ...identity, hostedDomain: 'a.example' };

    it('requires a verified email AND a Workspace account (hd) of one of the tenant’s domains', () => {
      expect(decideSsoUser(workspace, google, none)).toEqual({ kind: 'create' });
      // A secondary domain of the same Workspace: hd names the primary one.
      expect(decideSsoUser({ ...workspace, email: 'layla@b.example' }, google, none)).toEqual({ kind: 'create' });
      expect(decideSsoUser({ ...workspace, emailVerified: false }, google, none)).toMatchObject({
        reason: 'email_unverified',
      });
    });

    it('refuses a personal Google account (no hd) even with a verified address in the tenant’s domain', () => {
      expect(decideSsoUser(identity, google, none)).toMatchObject({ reason: 'hosted_domain' });
      const preProvisioned = user({ ssoIssuer: null, ssoSubject: null });
      expect(decideSsoUser(identity, google, { bySubject: null, byEmail: preProvisioned })).toMatchObject({
        reason: 'hosted_domain',
      });
    });

    it('refuses another organization’s Workspace, and a linked user whose account left the Workspace', () => {
      expect(decideSsoUser({ ...workspace, hostedDomain: 'other.example' }, google, none)).toMatchObject({
        reason: 'hosted_domain',
      });
      expect(decideSsoUser(identity, google, { bySubject: user(), byEmail: null })).toMatchObject({
        reason: 'hosted_domain',
      });
      expect(decideSsoUser(workspace, google, { bySubject: user(), byEmail: null })).toEqual({
        kind: 'sign_in',
        userId: 'u1',
      });
    });
  });

  describe('entra_id', () => {
    const entra = preset('entra_id');

    it('trusts the email only when the token says it is verified: xms_edov or email_verified', () => {
      expect(decideSsoUser(unverified, entra, none)).toMatchObject({ reason: 'email_unverified' });
      expect(decideSsoUser({ ...unverified, emailDomainOwnerVerified: true }, entra, none)).toEqual({
        kind: 'create',
      });
      expect(decideSsoUser(identity, entra, none)).toEqual({ kind: 'create' });
    });

    it('signs a linked user in by issuer + subject, whatever the email claim says', () => {
      expect(decideSsoUser(unverified, entra, { bySubject: user(), byEmail: null })).toEqual({
        kind: 'sign_in',
        userId: 'u1',
      });
    });
  });
});
