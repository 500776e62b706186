import { domainsToClaim, claimsToRelease } from './system-sync-domain-claims';
import { txtRecordName, txtRecordsProve, txtRecordValue } from './domain-claim-record';

describe('the TXT record that proves a claim', () => {
  const token = '0123456789abcdef0123456789abcdef';

  it('lives at _optria-challenge.<domain> with the value optria-verification=<token>', () => {
    expect(txtRecordName('example.com')).toBe('_optria-challenge.example.com');
    expect(txtRecordValue(token)).toBe(`optria-verification=${token}`);
  });

  it('proves the claim when one record carries exactly the token (split strings are joined)', () => {
    expect(txtRecordsProve([['v=spf1 -all'], [`optria-verification=${token}`]], token)).toBe(true);
    expect(txtRecordsProve([['optria-verification=', token]], token)).toBe(true);
    expect(txtRecordsProve([[`optria-verification=${token} `]], token)).toBe(true);
  });

  it('does not prove it with another token, a prefix or suffix of it, or no record', () => {
    expect(txtRecordsProve([['optria-verification=ffff']], token)).toBe(false);
    expect(txtRecordsProve([[`optria-verification=${token}x`]], token)).toBe(false);
    expect(txtRecordsProve([[token]], token)).toBe(false);
    expect(txtRecordsProve([], token)).toBe(false);
  });
});

describe('which listed domains need a new claim', () => {
  const claims = [
    { id: '1', domain: 'pending.com', status: 'pending' as const },
    { id: '2', domain: 'verified.com', status: 'verified' as const },
    { id: '3', domain: 'refused.com', status: 'refused' as const },
    { id: '4', domain: 'revoked.com', status: 'revoked' as const },
  ];

  it('claims domains new to the list or without a claim; a refusal sticks while the domain stays listed', () => {
    const previous = ['pending.com', 'verified.com', 'refused.com'];
    expect(
      domainsToClaim(['pending.com', 'verified.com', 'refused.com', 'revoked.com', 'new.com'], previous, claims),
    ).toEqual(['revoked.com', 'new.com']);
    // listed again after being dropped: a refused domain gets a fresh claim
    expect(domainsToClaim(['refused.com'], [], claims)).toEqual(['refused.com']);
    // a live claim is never restarted
    expect(domainsToClaim(['verified.com', 'pending.com'], [], claims)).toEqual([]);
  });

  it('releases the live claims of domains no longer listed', () => {
    expect(claimsToRelease(['pending.com'], claims).map((c) => c.id)).toEqual(['2']);
  });
});
