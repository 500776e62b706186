/**
 * Reads the TXT records that prove a domain claim, with node:dns's own resolver (c-ares, no
 * cache) pointed at SSO_DNS_SERVERS when set. Never throws: the caller turns the outcome into a
 * message for the tenant admin.
 */
import 'server-only';
import { promises as dns } from 'node:dns';
import { dnsServers } from './sso-env';

export type TxtLookup =
  { kind: 'found'; records: string[][] } | { kind: 'not_found' } | { kind: 'failed'; code: string };

/** c-ares answers for "no such name" and "no TXT record at that name". */
const ABSENT = new Set<string>([dns.NOTFOUND, dns.NODATA]);

export async function lookupTxt(name: string): Promise<TxtLookup> {
  // A few seconds at most: an admin is waiting for the answer.
  const resolver = new dns.Resolver({ timeout: 2500, tries: 2 });
  const servers = dnsServers();
  if (servers.length > 0) resolver.setServers(servers);
  try {
    return { kind: 'found', records: await resolver.resolveTxt(name) };
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? 'unknown');
    return ABSENT.has(code) ? { kind: 'not_found' } : { kind: 'failed', code };
  }
}
