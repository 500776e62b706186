import { canonicalAddress, classifyAddress, isIpLiteral, type AddressClass } from './address-class';

describe('classifyAddress', () => {
  const table: [string, AddressClass][] = [
    // loopback, in every spelling inet_aton and URLs accept
    ['127.0.0.1', 'loopback'],
    ['127.255.1.2', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['2130706433', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['127.1', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['2002:7f00:1::1', 'loopback'],
    // cloud metadata and link-local
    ['169.254.169.254', 'link_local'],
    ['169.254.170.2', 'link_local'],
    ['0xa9fea9fe', 'link_local'],
    ['::ffff:169.254.169.254', 'link_local'],
    ['64:ff9b::a9fe:a9fe', 'link_local'],
    ['fe80::1', 'link_local'],
    ['fe80::1%eth0', 'link_local'],
    ['fd00:ec2::254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['::ffff:100.100.100.200', 'metadata'],
    // private networks
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['100.64.0.1', 'private'],
    ['100.127.255.254', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    // never a destination
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['::7f00:1', 'reserved'], // deprecated IPv4-compatible form
    ['2001::1', 'reserved'], // Teredo
    ['64:ff9b:1::a00:1', 'reserved'], // local-use NAT64
    ['fec0::1', 'reserved'], // deprecated site-local
    ['100::1', 'reserved'], // discard
    // the internet
    ['8.8.8.8', 'public'],
    ['172.32.0.1', 'public'],
    ['100.128.0.1', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::808:808', 'public'],
  ];

  it.each(table)('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it('refuses to classify names', () => {
    expect(() => classifyAddress('localhost')).toThrow(TypeError);
    expect(() => classifyAddress('idp.example.com')).toThrow(TypeError);
  });
});

describe('literal addresses', () => {
  it('tells literals from names and writes them canonically', () => {
    expect(isIpLiteral('0x7f.1')).toBe(true);
    expect(isIpLiteral('[::ffff:7f00:1]')).toBe(true);
    expect(isIpLiteral('localhost')).toBe(false);
    expect(isIpLiteral('1.example')).toBe(false);
    expect(canonicalAddress('0x7f.1')).toBe('127.0.0.1');
    expect(canonicalAddress('2130706433')).toBe('127.0.0.1');
    expect(canonicalAddress('[::1]')).toBe('::1');
  });
});
