import { clientIp } from './client-ip';

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff });

describe('clientIp', () => {
  it('takes the socket peer (the last hop) when no proxy is trusted, whatever the client wrote', () => {
    expect(clientIp(headers('127.0.0.1'), 0)).toBe('127.0.0.1');
    expect(clientIp(headers('203.0.113.9, 198.51.100.4'), 0)).toBe('198.51.100.4');
    expect(clientIp(headers('1.1.1.1,2.2.2.2, 10.0.0.7'), 0)).toBe('10.0.0.7');
  });

  it('takes the address the trusted proxy saw, one hop left per proxy', () => {
    // client forged "6.6.6.6"; the proxy appended the real client 203.0.113.9; our server saw the proxy.
    expect(clientIp(headers('6.6.6.6, 203.0.113.9, 10.0.0.2'), 1)).toBe('203.0.113.9');
    expect(clientIp(headers('6.6.6.6, 203.0.113.9, 10.0.0.3, 10.0.0.2'), 2)).toBe('203.0.113.9');
  });

  it('does not read past the chain when fewer proxies were passed than configured', () => {
    expect(clientIp(headers('10.0.0.2'), 2)).toBe('10.0.0.2');
  });

  it('ignores X-Real-IP and empty values', () => {
    expect(clientIp(new Headers({ 'x-real-ip': '6.6.6.6' }), 0)).toBe('unknown');
    expect(clientIp(headers(' , '), 0)).toBe('unknown');
  });
});
