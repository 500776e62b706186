/**
 * The client's address, for per-IP sign-in throttling. Read from the right of X-Forwarded-For:
 * the last entry is the peer our own server saw on the socket (appended by scripts/serve.mjs, so
 * a client cannot forge it); each trusted reverse proxy in front appended the address it saw.
 * With `trustedHops` proxies (TRUSTED_PROXY_HOPS, default 0) the client is `trustedHops` entries
 * left of the last. Anything further left was written by the client and is never trusted
 * (OWASP, MDN "X-Forwarded-For: selecting an IP address").
 */
import { env } from '../env';

export function clientIp(headers: Headers, trustedHops: number = env().TRUSTED_PROXY_HOPS): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (chain.length === 0) return 'unknown';
  // Fewer hops than proxies configured: the request did not come through them all; the leftmost
  // entry is then the farthest address our side recorded.
  return chain[Math.max(chain.length - 1 - trustedHops, 0)]!;
}
