import { resolveEndpoint } from './opcua-endpoint';

const saved = process.env.OUTBOUND_ALLOW_LOOPBACK;
afterEach(() => {
  if (saved === undefined) delete process.env.OUTBOUND_ALLOW_LOOPBACK;
  else process.env.OUTBOUND_ALLOW_LOOPBACK = saved;
});

describe('OPC UA endpoint through the outbound policy', () => {
  it('connects to the checked address, on port 4840 unless given, keeping the path', async () => {
    process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
    expect(await resolveEndpoint('opc.tcp://127.0.0.1/UA/Server')).toBe('opc.tcp://127.0.0.1:4840/UA/Server');
    expect(await resolveEndpoint('opc.tcp://[::1]:4841')).toBe('opc.tcp://[::1]:4841');
    expect(await resolveEndpoint('opc.tcp://localhost:4842/')).toMatch(/^opc\.tcp:\/\/(127\.0\.0\.1|\[::1\]):4842$/);
  });

  it('refuses loopback unless allowed, and link-local (cloud metadata) always', async () => {
    process.env.OUTBOUND_ALLOW_LOOPBACK = 'false';
    await expect(resolveEndpoint('opc.tcp://127.0.0.1:4840')).rejects.toMatchObject({
      code: 'outbound_address_refused',
    });
    process.env.OUTBOUND_ALLOW_LOOPBACK = 'true';
    await expect(resolveEndpoint('opc.tcp://169.254.169.254:4840')).rejects.toMatchObject({
      code: 'outbound_address_refused',
    });
  });
});
