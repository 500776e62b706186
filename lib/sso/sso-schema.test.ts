import { emailDomain } from './email-domain';
import { parseDomainList, presetIssuerProblem, ZSsoConfigInput } from './sso-schema';

const valid = {
  provider: 'generic',
  issuer: 'https://idp.example.com',
  clientId: 'client-1',
  clientSecret: 's3cret',
  allowedDomains: ['example.com'],
  defaultRole: 'viewer',
  jitEnabled: true,
  enabled: true,
};
const issues = (input: object) =>
  ZSsoConfigInput.safeParse({ ...valid, ...input }).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('SSO settings schema', () => {
  it('accepts a valid config and normalises domains (case, leading @, duplicates)', () => {
    const parsed = ZSsoConfigInput.parse({
      ...valid,
      allowedDomains: [' @Example.COM ', 'example.com', 'b.example.org'],
    });
    expect(parsed.allowedDomains).toEqual(['example.com', 'b.example.org']);
  });

  it('says which field is wrong, with a message key', () => {
    expect(issues({ issuer: 'idp.example.com' })).toEqual([['issuer', 'sso.errors.issuer']]);
    expect(issues({ issuer: 'https://idp.example.com/?x=1' })).toEqual([['issuer', 'sso.errors.issuer']]);
    expect(issues({ clientId: '  ' })).toEqual([['clientId', 'sso.errors.clientId']]);
    expect(issues({ allowedDomains: [] })).toEqual([['allowedDomains', 'sso.errors.domainsRequired']]);
    expect(issues({ allowedDomains: ['ok.com', 'https://x.com'] })).toEqual([
      ['allowedDomains.1', 'sso.errors.domain'],
    ]);
    expect(issues({ allowedDomains: ['*.example.com'] })).toEqual([['allowedDomains.0', 'sso.errors.domain']]);
    expect(issues({ allowedDomains: Array.from({ length: 51 }, (_, i) => `d${i}.com`) })).toEqual([
      ['allowedDomains', 'sso.errors.domainsTooMany'],
    ]);
    expect(issues({ provider: 'saml' })).toEqual([['provider', 'sso.errors.provider']]);
  });

  it('never lets just-in-time users become platform owners', () => {
    expect(issues({ defaultRole: 'platform_owner' })).toEqual([['defaultRole', 'sso.errors.defaultRole']]);
    expect(issues({ defaultRole: 'tenant_admin' })).toEqual([]);
  });

  it('checks the issuer shape of each preset', () => {
    expect(presetIssuerProblem('google', 'https://accounts.google.com')).toBeNull();
    expect(presetIssuerProblem('google', 'https://accounts.google.com/')).toBe('sso.errors.issuerGoogle');
    const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    expect(presetIssuerProblem('entra_id', `https://login.microsoftonline.com/${tenantId}/v2.0`)).toBeNull();
    for (const wrong of ['common', 'organizations', 'consumers']) {
      expect(presetIssuerProblem('entra_id', `https://login.microsoftonline.com/${wrong}/v2.0`)).toBe(
        'sso.errors.issuerEntra',
      );
    }
    expect(presetIssuerProblem('entra_id', `https://sts.windows.net/${tenantId}/`)).toBe('sso.errors.issuerEntra');
    expect(presetIssuerProblem('okta', 'https://acme.okta.com/oauth2/default')).toBeNull();
    expect(presetIssuerProblem('okta', 'http://acme.okta.com')).toBe('sso.errors.issuerHttps');
    expect(presetIssuerProblem('generic', 'http://127.0.0.1:4100')).toBeNull();
    expect(issues({ provider: 'google', issuer: 'https://idp.example.com' })).toEqual([
      ['issuer', 'sso.errors.issuerGoogle'],
    ]);
  });

  it('splits the domains text box on lines, commas and spaces', () => {
    expect(parseDomainList('a.com\nb.com, c.com;d.com  e.com\n\n')).toEqual([
      'a.com',
      'b.com',
      'c.com',
      'd.com',
      'e.com',
    ]);
  });
});

describe('emailDomain', () => {
  it('returns the lower-case domain of an email', () => {
    expect(emailDomain(' Layla@Sub.Example.COM ')).toBe('sub.example.com');
    expect(emailDomain('a@b@example.com')).toBe('example.com');
  });
  it('returns null for anything that is not an email with a real domain', () => {
    for (const bad of ['', 'username', '@example.com', 'a@', 'a@localhost', 'a@exa mple.com', 'a@-x.com']) {
      expect(emailDomain(bad)).toBeNull();
    }
  });
});
