import { findOutboundRefusal, OutboundAddressRefused, resolveOutbound, type Lookup } from './outbound-policy';
import type { OutboundSettings } from './outbound-settings';
import { outboundSettings } from './outbound-settings';

const closed: OutboundSettings = { allowLoopback: false, allowPrivateNetworks: false, platformServices: [] };
const open: OutboundSettings = { ...closed, allowLoopback: true, allowPrivateNetworks: true };
const answers =
  (...addresses: string[]): Lookup =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
const noDns: Lookup = async (name) => {
  throw new Error(`unexpected lookup of ${name}`);
};

async function reasonFor(host: string, port: number, settings: OutboundSettings, lookup: Lookup = noDns) {
  try {
    await resolveOutbound(host, port, { settings, lookup });
    return 'allowed';
  } catch (error) {
    if (error instanceof OutboundAddressRefused) return error.reason;
    throw error;
  }
}

describe('resolveOutbound', () => {
  it('always refuses metadata, link-local, unspecified, multicast, broadcast and reserved addresses', async () => {
    for (const host of [
      '169.254.169.254',
      '[fd00:ec2::254]',
      '[fe80::1]',
      '0.0.0.0',
      '[::]',
      '224.0.0.1',
      '255.255.255.255',
    ]) {
      expect(await reasonFor(host, 80, open)).not.toBe('allowed');
    }
    expect(await reasonFor('169.254.169.254', 80, open)).toBe('link_local');
    expect(await reasonFor('[fd00:ec2::254]', 80, open)).toBe('metadata');
  });

  it('refuses loopback (addresses and localhost names) unless allowed', async () => {
    for (const host of [
      '127.0.0.1',
      '0x7f.1',
      '2130706433',
      '[::1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:7f00:1]',
      'localhost',
      'LOCALHOST.',
      'idp.localhost',
    ]) {
      expect(await reasonFor(host, 8443, closed)).toBe('loopback');
    }
    expect(await reasonFor('127.0.0.1', 8443, { ...closed, allowLoopback: true })).toBe('allowed');
    expect(await reasonFor('localhost', 8443, { ...closed, allowLoopback: true }, answers('127.0.0.1'))).toBe(
      'allowed',
    );
  });

  it('refuses private ranges unless the deployment enables them', async () => {
    for (const host of ['10.0.0.5', '172.16.3.4', '192.168.0.10', '100.64.0.1', '[fd12::1]']) {
      expect(await reasonFor(host, 443, closed)).toBe('private');
      expect(await reasonFor(host, 443, { ...closed, allowPrivateNetworks: true })).toBe('allowed');
    }
  });

  it('checks every address a name resolves to', async () => {
    expect(await reasonFor('idp.example.com', 443, closed, answers('8.8.8.8'))).toBe('allowed');
    expect(await reasonFor('idp.example.com', 443, closed, answers('8.8.8.8', '10.0.0.1'))).toBe('private');
    expect(await reasonFor('idp.example.com', 443, closed, answers('2606:4700::1', '::ffff:169.254.169.254'))).toBe(
      'link_local',
    );
    expect(await reasonFor('rebind.example.com', 443, closed, answers('127.0.0.1'))).toBe('loopback');
  });

  it("refuses the platform's own services even when loopback and private networks are allowed", async () => {
    const settings: OutboundSettings = {
      ...open,
      platformServices: [
        { name: 'database', host: '10.9.8.7', port: 5432 },
        { name: 'app', host: '127.0.0.1', port: 3000 },
      ],
    };
    expect(await reasonFor('10.9.8.7', 5432, settings)).toBe('platform_service');
    expect(await reasonFor('127.0.0.1', 5432, settings)).toBe('platform_service');
    expect(await reasonFor('[::ffff:127.0.0.1]', 3000, settings)).toBe('platform_service');
    expect(await reasonFor('db.internal', 5432, settings, answers('10.9.8.7'))).toBe('platform_service');
    // other ports on the same hosts are not the platform's
    expect(await reasonFor('10.9.8.7', 8443, settings)).toBe('allowed');
    expect(await reasonFor('127.0.0.1', 8443, settings)).toBe('allowed');
  });

  it('passes resolver failures on (not a policy decision)', async () => {
    const failing: Lookup = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    await expect(resolveOutbound('nowhere.invalid', 443, { settings: closed, lookup: failing })).rejects.toMatchObject({
      code: 'ENOTFOUND',
    });
  });

  it('answers one problem, without the reason, for every refusal', async () => {
    const refusals = await Promise.all(
      ['169.254.169.254', '127.0.0.1', '10.0.0.1'].map((host) =>
        resolveOutbound(host, 80, { settings: closed }).catch((e: unknown) => e),
      ),
    );
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ code: 'outbound_address_refused', status: 422, details: undefined });
      expect(refusal).toMatchObject({ messageKey: 'outbound.errors.addressRefused' });
    }
  });
});

describe('findOutboundRefusal', () => {
  it('finds the refusal inside wrapping errors', () => {
    const refusal = new OutboundAddressRefused('loopback', '127.0.0.1:80');
    const wrapped = new Error('something went wrong', { cause: new TypeError('fetch failed', { cause: refusal }) });
    expect(findOutboundRefusal(wrapped)).toBe(refusal);
    expect(findOutboundRefusal(new Error('other'))).toBeNull();
  });
});

describe('outboundSettings', () => {
  it('reads the switches and names the database and the app as platform services', () => {
    const settings = outboundSettings({
      OUTBOUND_ALLOW_LOOPBACK: 'true',
      DATABASE_URL: 'postgresql://u:p@db.internal:6543/optria',
      HOST: '0.0.0.0',
      PORT: '8080',
    });
    expect(settings).toEqual({
      allowLoopback: true,
      allowPrivateNetworks: false,
      platformServices: [
        { name: 'app', host: '0.0.0.0', port: 8080 },
        { name: 'database', host: 'db.internal', port: 6543 },
      ],
    });
    expect(outboundSettings({}).allowLoopback).toBe(false);
    expect(() => outboundSettings({ OUTBOUND_ALLOW_PRIVATE_NETWORKS: 'maybe' })).toThrow(
      /OUTBOUND_ALLOW_PRIVATE_NETWORKS/,
    );
  });
});
