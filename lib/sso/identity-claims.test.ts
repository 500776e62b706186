import { identityFromClaims } from './identity-claims';

const ISSUER = 'https://idp.example.com';
const read = (idToken: Record<string, unknown>, userinfo: Record<string, unknown> | null = null) =>
  identityFromClaims(ISSUER, { sub: 'sub-1', ...idToken }, userinfo);

describe('identityFromClaims', () => {
  it('counts only an explicit email_verified true as verified: missing is unverified', () => {
    expect(read({ email: 'a@x.example' }).emailVerified).toBe(false);
    expect(read({ email: 'a@x.example', email_verified: false }).emailVerified).toBe(false);
    expect(read({ email: 'a@x.example', email_verified: 'false' }).emailVerified).toBe(false);
    expect(read({ email: 'a@x.example', email_verified: 1 }).emailVerified).toBe(false);
    expect(read({ email: 'a@x.example', email_verified: true }).emailVerified).toBe(true);
    expect(read({ email: 'a@x.example', email_verified: 'true' }).emailVerified).toBe(true);
  });

  it('normalises the email and keeps issuer, subject and name', () => {
    expect(read({ email: '  Layla@X.Example ', email_verified: true, name: 'Layla' })).toEqual({
      issuer: ISSUER,
      subject: 'sub-1',
      email: 'layla@x.example',
      emailVerified: true,
      hostedDomain: null,
      emailDomainOwnerVerified: false,
      name: 'Layla',
    });
    expect(read({ email: '  ' }).email).toBeNull();
    expect(read({ email: 42 }).email).toBeNull();
  });

  it('takes email and email_verified together, from userinfo only when the ID token has no email', () => {
    // The ID token's email_verified does not vouch for an email that came from elsewhere.
    expect(read({ email_verified: true }, { sub: 'sub-1', email: 'b@x.example' })).toMatchObject({
      email: 'b@x.example',
      emailVerified: false,
    });
    expect(
      read({ email: 'a@x.example', email_verified: false }, { email: 'b@x.example', email_verified: true }),
    ).toMatchObject({ email: 'a@x.example', emailVerified: false });
  });

  it('reads Google’s hosted domain (hd), lower-cased; personal accounts have none', () => {
    expect(read({ email: 'a@x.example', hd: 'X.Example' }).hostedDomain).toBe('x.example');
    expect(read({ email: 'a@gmail.com' }).hostedDomain).toBeNull();
    expect(read({}, { email: 'a@x.example', hd: 'x.example' }).hostedDomain).toBe('x.example');
    expect(read({ email: 'a@x.example', hd: ['x.example'] }).hostedDomain).toBeNull();
  });

  it('reads Entra’s xms_edov (email domain owner verified) only when it is true', () => {
    expect(read({ email: 'a@x.example', xms_edov: true }).emailDomainOwnerVerified).toBe(true);
    expect(read({ email: 'a@x.example', xms_edov: 'true' }).emailDomainOwnerVerified).toBe(true);
    expect(read({ email: 'a@x.example', xms_edov: false }).emailDomainOwnerVerified).toBe(false);
    expect(read({ email: 'a@x.example' }).emailDomainOwnerVerified).toBe(false);
  });
});
