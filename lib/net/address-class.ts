/**
 * What kind of address an IP is, for the outbound-address policy (outbound-policy.ts). The ranges
 * come from ipaddr.js (IANA special-purpose registries); this file only decides what each range
 * means for us, and unwraps IPv6 forms that carry an IPv4 address (IPv4-mapped, NAT64, 6to4), so
 * `::ffff:127.0.0.1` or `64:ff9b::a9fe:a9fe` count as the IPv4 address inside them.
 */
import ipaddr from 'ipaddr.js';

export const ADDRESS_CLASSES = [
  /** routable on the internet */
  'public',
  /** RFC 1918, CGNAT (100.64/10), IPv6 unique-local (fc00::/7): on-premises networks */
  'private',
  /** 127/8, ::1 */
  'loopback',
  /** 169.254/16, fe80::/10 — where cloud metadata services answer */
  'link_local',
  /** cloud metadata services outside link-local (fd00:ec2::254, 100.100.100.200) */
  'metadata',
  /** 0.0.0.0/8, :: — "this host" on many systems */
  'unspecified',
  'multicast',
  'broadcast',
  /** documentation, benchmarking, future use, deprecated and translation forms we cannot vouch for */
  'reserved',
] as const;
export type AddressClass = (typeof ADDRESS_CLASSES)[number];

/** Cloud metadata endpoints that do not sit in link-local space (AWS IPv6, Alibaba Cloud). */
const METADATA = ['fd00:ec2::254', '100.100.100.200'].map((a) => ipaddr.parse(a).toNormalizedString());

/** True for a literal IPv4 (any form inet_aton accepts: `0x7f.1`, `2130706433`) or IPv6 address. */
export function isIpLiteral(value: string): boolean {
  return ipaddr.isValid(stripBrackets(value));
}

/** The canonical text of a literal address (`0x7f.1` → `127.0.0.1`, `[::1]` → `::1`). */
export function canonicalAddress(value: string): string {
  return ipaddr.parse(stripBrackets(value)).toString();
}

/**
 * Classifies a literal IP address (IPv4 in any inet_aton form, IPv6 with or without brackets and
 * zone). Throws a TypeError when `address` is not an IP literal.
 */
export function classifyAddress(address: string): AddressClass {
  const value = stripBrackets(address);
  if (!ipaddr.isValid(value)) throw new TypeError(`not an IP address: ${address}`);
  const ip = ipaddr.parse(value);
  return ip.kind() === 'ipv4' ? classifyV4(ip as ipaddr.IPv4) : classifyV6(ip as ipaddr.IPv6);
}

function classifyV4(ip: ipaddr.IPv4): AddressClass {
  if (METADATA.includes(ip.toNormalizedString())) return 'metadata';
  const range: string = ip.range();
  switch (range) {
    case 'unicast':
      return 'public';
    case 'private':
    case 'carrierGradeNat':
      return 'private';
    case 'loopback':
      return 'loopback';
    case 'linkLocal':
      return 'link_local';
    case 'unspecified':
      return 'unspecified';
    case 'multicast':
      return 'multicast';
    case 'broadcast':
      return 'broadcast';
    default:
      // reserved, benchmarking, as112, amt: nothing a tenant needs to reach
      return 'reserved';
  }
}

function classifyV6(ip: ipaddr.IPv6): AddressClass {
  if (METADATA.includes(ip.toNormalizedString())) return 'metadata';
  const embedded = embeddedIPv4(ip);
  if (embedded) return classifyV4(embedded);
  const range: string = ip.range();
  switch (range) {
    case 'loopback':
      return 'loopback';
    case 'unspecified':
      return 'unspecified';
    case 'linkLocal':
      return 'link_local';
    case 'multicast':
      return 'multicast';
    case 'uniqueLocal':
      return 'private';
    case 'unicast':
      // Only global unicast (2000::/3) is public; ipaddr.js also calls `::a.b.c.d` (the deprecated
      // IPv4-compatible form) and other unassigned space "unicast".
      return ip.match(GLOBAL_UNICAST) ? 'public' : 'reserved';
    default:
      // teredo, local-use NAT64, site-local, discard, documentation, ORCHID, …
      return 'reserved';
  }
}

const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3') as [ipaddr.IPv6, number];
const WELL_KNOWN_NAT64 = ipaddr.parseCIDR('64:ff9b::/96') as [ipaddr.IPv6, number];

/** The IPv4 address an IPv6 address stands for, when it is one of the forms that carry one. */
function embeddedIPv4(ip: ipaddr.IPv6): ipaddr.IPv4 | null {
  const bytes = ip.toByteArray();
  const range: string = ip.range();
  // ::ffff:a.b.c.d (mapped), ::ffff:0:a.b.c.d (RFC 6145 translated), 64:ff9b::a.b.c.d (NAT64)
  if (range === 'ipv4Mapped' || range === 'rfc6145' || ip.match(WELL_KNOWN_NAT64)) {
    return new ipaddr.IPv4(bytes.slice(12, 16));
  }
  // 2002:AABB:CCDD::/48 (6to4) carries A.B.C.D in bits 16–47
  if (range === '6to4') return new ipaddr.IPv4(bytes.slice(2, 6));
  return null;
}

function stripBrackets(value: string): string {
  return value.startsWith('[') && value.endsWith(']') ? value.slice(1, -1) : value;
}
