import { parseEnv } from '../env';
import { ZSsoDnsServers } from './sso-env';

describe('SSO_DNS_SERVERS', () => {
  const parse = (value: string | undefined) => ZSsoDnsServers.safeParse(value);

  it('is empty (the system resolvers) when unset or blank', () => {
    expect(parse(undefined)).toMatchObject({ success: true, data: [] });
    expect(parse(' ')).toMatchObject({ success: true, data: [] });
  });

  it('takes IP addresses with optional ports, comma-separated', () => {
    expect(parse('127.0.0.1:53535, 10.0.0.2,::1,[2001:db8::1]:5353')).toMatchObject({
      success: true,
      data: ['127.0.0.1:53535', '10.0.0.2', '::1', '[2001:db8::1]:5353'],
    });
  });

  it('refuses host names, bad ports and garbage — and so does the start-up check', () => {
    for (const bad of ['dns.example.com', '127.0.0.1:0', '127.0.0.1:70000', '300.1.1.1', '[127.0.0.1]:53', 'x'])
      expect(parse(bad).success).toBe(false);
    const valid = { DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/db', AUTH_SECRET: 'x'.repeat(32) };
    expect(() => parseEnv({ ...valid, SSO_DNS_SERVERS: 'dns.example.com' })).toThrow(/SSO_DNS_SERVERS/);
    expect(parseEnv({ ...valid, SSO_DNS_SERVERS: '127.0.0.1:5353' }).SSO_DNS_SERVERS).toEqual(['127.0.0.1:5353']);
  });
});
