import ar from '../../messages/ar.json';
import en from '../../messages/en.json';
import { SSO_ERROR_REASONS, ssoErrorReason } from './sso-errors';
import type { SsoRefusal } from './sso-user-rules';

describe('SSO error reasons', () => {
  it('each has a message in both languages', () => {
    for (const reason of SSO_ERROR_REASONS) {
      expect((en.login.ssoErrors as Record<string, string>)[reason]).toMatch(/\S/);
      expect((ar.login.ssoErrors as Record<string, string>)[reason]).toMatch(/\S/);
    }
    expect(Object.keys(en.login.ssoErrors).sort()).toEqual([...SSO_ERROR_REASONS].sort());
  });

  it('covers every refusal of the user rules', () => {
    const refusals: Record<SsoRefusal, true> = {
      email_missing: true,
      email_unverified: true,
      domain_not_allowed: true,
      other_tenant: true,
      local_account: true,
      subject_mismatch: true,
      user_disabled: true,
      no_account: true,
      hosted_domain: true,
    };
    for (const r of Object.keys(refusals)) expect(SSO_ERROR_REASONS).toContain(r);
  });

  it('reads ?error=sso_<reason> and ignores anything else', () => {
    expect(ssoErrorReason('sso_state')).toBe('state');
    expect(ssoErrorReason('sso_nope')).toBeNull();
    expect(ssoErrorReason('CredentialsSignin')).toBeNull();
    expect(ssoErrorReason(['sso_state'])).toBeNull();
    expect(ssoErrorReason(undefined)).toBeNull();
  });
});
