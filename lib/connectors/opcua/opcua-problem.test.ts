import { OutboundAddressRefused } from '../../net/outbound-policy';
import { opcuaProblem } from './opcua-problem';

describe('node-opcua errors → connector problems', () => {
  it.each([
    [
      'The connection cannot be established with server opc.tcp://10.0.0.7:4840 .\nErr = (connect ECONNREFUSED 10.0.0.7:4840)',
      'unreachable',
    ],
    ['getaddrinfo ENOTFOUND plc-7.plant.local', 'unreachable'],
    ['BadUserAccessDenied (0x801f0000)', 'auth_failed'],
    ['BadIdentityTokenRejected (0x80210000)', 'auth_failed'],
    ['BadSecurityChecksFailed (0x80130000)', 'tls_failed'],
    ['BadCertificateUntrusted (0x801a0000)', 'tls_failed'],
    ['connect ETIMEDOUT 10.0.0.7:4840', 'timeout'],
    ['BadTooManySessions (0x80560000)', 'protocol_error'],
  ])('%s → %s', (message, code) => {
    expect(opcuaProblem(new Error(message))).toMatchObject({ code, detail: message.replace(/\s+/g, ' ') });
  });

  it('answers address_refused without detail for a refused address, also when wrapped', () => {
    const refusal = new OutboundAddressRefused('link_local', '169.254.169.254:4840');
    expect(opcuaProblem(refusal)).toEqual({ code: 'address_refused' });
    expect(opcuaProblem(new Error('connect failed', { cause: refusal }))).toEqual({ code: 'address_refused' });
  });

  it('keeps the detail short', () => {
    expect(opcuaProblem(new Error(`BadInternalError ${'x'.repeat(1000)}`)).detail).toHaveLength(300);
  });
});
