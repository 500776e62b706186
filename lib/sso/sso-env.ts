/**
 * SSO's settings from the environment, read lazily (tests set them before first use; lib/env.ts
 * validates the same schemas at server start).
 * - SSO_ALLOW_HTTP_ISSUERS: issuers must use HTTPS; plain HTTP is accepted only when this is set,
 *   which the e2e tests do for their local IdP on 127.0.0.1.
 * - SSO_DNS_SERVERS: the resolvers asked for domain-proof TXT records, `ip[:port]` separated by
 *   commas (`[v6]:port` for IPv6 with a port); unset: the system's resolvers. Tests point it at a
 *   local DNS server so they run offline.
 */
import { isIP } from 'node:net';
import { z } from 'zod';

/** `1.2.3.4`, `1.2.3.4:53`, `::1`, `[::1]:53` — the forms node:dns `setServers` accepts. */
function isDnsServer(value: string): boolean {
  const parts = /^\[(.+)\](?::(\d+))?$/.exec(value) ?? /^([^:]+)(?::(\d+))?$/.exec(value);
  if (!parts) return isIP(value) === 6; // a bare IPv6 address
  const [, host, port] = parts;
  if (isIP(host!) !== (value.startsWith('[') ? 6 : 4)) return false;
  return port === undefined || (Number(port) >= 1 && Number(port) <= 65535);
}

export const ZSsoDnsServers = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every(isDnsServer), 'must be IP addresses with optional ports, e.g. 127.0.0.1:5353,[::1]:53');

export const ZSsoAllowHttpIssuers = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .default('')
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const ZSsoEnv = z.object({ SSO_ALLOW_HTTP_ISSUERS: ZSsoAllowHttpIssuers, SSO_DNS_SERVERS: ZSsoDnsServers });

let cached: z.infer<typeof ZSsoEnv> | undefined;
const ssoEnv = () => (cached ??= ZSsoEnv.parse(process.env));

export function allowHttpIssuers(): boolean {
  return ssoEnv().SSO_ALLOW_HTTP_ISSUERS;
}

/** The DNS servers for domain proofs; empty: the system's resolvers. */
export function dnsServers(): string[] {
  return ssoEnv().SSO_DNS_SERVERS;
}

/** Whether the issuer's scheme is acceptable in this deployment. */
export function isIssuerSchemeAllowed(issuer: string): boolean {
  const protocol = new URL(issuer).protocol;
  return protocol === 'https:' || (protocol === 'http:' && allowHttpIssuers());
}
