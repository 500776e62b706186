/**
 * The one outbound-address policy for every connection a tenant configures (OIDC issuers today;
 * OPC UA, MQTT, SQL historians and REST sources later). Rules, on every address a name resolves to:
 *   - link-local (169.254/16, fe80::/10: cloud metadata lives there), other metadata addresses,
 *     unspecified, multicast, broadcast and reserved ranges: always refused;
 *   - loopback (and `localhost` names): refused unless OUTBOUND_ALLOW_LOOPBACK;
 *   - private ranges (RFC 1918, CGNAT, fc00::/7): refused unless OUTBOUND_ALLOW_PRIVATE_NETWORKS;
 *   - the platform's own services (the database, this app's HOST:PORT): always refused.
 * A refused target is never connected to, so the answer cannot depend on its port or state.
 * Callers that open sockets must connect to the addresses returned here (guarded-fetch.ts does),
 * never resolve the name again.
 */
import dns from 'node:dns';
import net from 'node:net';
import os from 'node:os';
import ipaddr from 'ipaddr.js';
import { AppError } from '../http/app-error';
import { canonicalAddress, classifyAddress, isIpLiteral, type AddressClass } from './address-class';
import { outboundSettings, type OutboundSettings, type PlatformService } from './outbound-settings';

export type RefusalReason = Exclude<AddressClass, 'public'> | 'platform_service';

/**
 * 422 `outbound_address_refused`. The reason stays on the server (logs): the answer is the same
 * for every refused target, so it tells a caller nothing about what listens there.
 */
export class OutboundAddressRefused extends AppError {
  constructor(
    public readonly reason: RefusalReason,
    /** host:port as asked for, for logs */
    public readonly target: string,
  ) {
    super('outbound_address_refused', 422, 'outbound.errors.addressRefused');
    // For logs only (problem+json carries code and messageKey, never the message).
    this.message = `outbound address refused (${reason}): ${target}`;
  }
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Name resolution, replaceable in tests. Default: the system resolver (getaddrinfo, /etc/hosts). */
export type Lookup = (hostname: string) => Promise<ResolvedAddress[]>;

export interface PolicyOptions {
  /** default: outboundSettings() from the environment */
  settings?: OutboundSettings;
  lookup?: Lookup;
}

export const systemLookup: Lookup = async (hostname) =>
  (await dns.promises.lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

/**
 * Resolves `host` and checks every address it resolves to (one refused address refuses the name:
 * a resolver may hand out any of them). Returns the addresses to connect to.
 * Throws OutboundAddressRefused, or the resolver's error (e.g. ENOTFOUND) for unknown names.
 */
export async function resolveOutbound(host: string, port: number, options: PolicyOptions = {}) {
  const settings = options.settings ?? outboundSettings();
  const name = host
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
  const target = net.isIPv6(name) ? `[${name}]:${port}` : `${name}:${port}`;
  // RFC 6761: `localhost` and `*.localhost` are loopback whatever a resolver says.
  if (isLocalhostName(name) && !settings.allowLoopback) throw new OutboundAddressRefused('loopback', target);

  const addresses: ResolvedAddress[] = isIpLiteral(name)
    ? [{ address: canonicalAddress(name), family: net.isIPv6(canonicalAddress(name)) ? 6 : 4 }]
    : await (options.lookup ?? systemLookup)(name);
  if (addresses.length === 0) throw Object.assign(new Error(`no address for ${name}`), { code: 'ENOTFOUND' });
  for (const { address } of addresses) {
    const reason = addressRefusal(address, settings) ?? (await platformServiceRefusal(address, port, settings));
    if (reason) throw new OutboundAddressRefused(reason, target);
  }
  return addresses;
}

/** resolveOutbound for a URL's host and port (http/https default ports). */
export function resolveOutboundUrl(url: string | URL, options: PolicyOptions = {}) {
  const parsed = new URL(url);
  const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  return resolveOutbound(parsed.hostname, port, options);
}

/** Why this address is refused by its class alone, or null when the class is allowed. */
export function addressRefusal(
  address: string,
  settings: Pick<OutboundSettings, 'allowLoopback' | 'allowPrivateNetworks'>,
) {
  const kind = classifyAddress(address);
  if (kind === 'public') return null;
  if (kind === 'loopback' && settings.allowLoopback) return null;
  if (kind === 'private' && settings.allowPrivateNetworks) return null;
  return kind;
}

/** The OutboundAddressRefused behind an error (libraries wrap it: fetch's `cause`, openid-client's). */
export function findOutboundRefusal(error: unknown): OutboundAddressRefused | null {
  for (let e = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof OutboundAddressRefused) return e;
  }
  return null;
}

export function isLocalhostName(name: string) {
  return name === 'localhost' || name.endsWith('.localhost');
}

/**
 * Whether address:port is one of the platform's own services: the same port on loopback, on an
 * address of this machine, or on an address the service's host resolves to.
 */
async function platformServiceRefusal(address: string, port: number, settings: OutboundSettings) {
  const services = settings.platformServices.filter((s) => s.port === port);
  if (services.length === 0) return null;
  const target = normalized(address);
  const kind = classifyAddress(address);
  if (kind === 'loopback' || kind === 'unspecified' || localAddresses().includes(target)) return 'platform_service';
  for (const service of services) {
    if ((await serviceAddresses(service)).includes(target)) return 'platform_service';
  }
  return null;
}

/** One spelling per address: IPv4-mapped IPv6 becomes IPv4, IPv6 is written in full. */
function normalized(address: string) {
  return ipaddr.process(address.replace(/%.*$/, '')).toNormalizedString();
}

function localAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .flatMap((i) => (i ? [normalized(i.address)] : []));
}

async function serviceAddresses(service: PlatformService): Promise<string[]> {
  if (isIpLiteral(service.host)) return [normalized(canonicalAddress(service.host))];
  try {
    return (await systemLookup(service.host)).map((a) => normalized(a.address));
  } catch {
    return [];
  }
}
