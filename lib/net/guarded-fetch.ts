/**
 * `fetch` for tenant-configured URLs, under the outbound-address policy (outbound-policy.ts).
 *   - The target is checked before the request, and again when the socket is opened: the undici
 *     connector resolves the name, checks every address and connects only to those addresses
 *     (pinned through `lookup`), so a name that re-resolves elsewhere (DNS rebinding) cannot slip by.
 *   - Redirects are not followed unless asked (`redirect: 'follow'`, GET/HEAD only); then every
 *     hop goes through the policy again. Default `'manual'`: the 3xx response is returned as is.
 * Throws OutboundAddressRefused for a refused target, which is never connected to. Other failures
 * are fetch's (TypeError `fetch failed` with a `cause`).
 * It uses undici from npm (fetch + Agent of the same version) rather than the global fetch, which
 * Next.js patches; its Response is undici's, which openid-client accepts (it checks the type tag).
 */
import type { LookupFunction } from 'node:net';
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';
import {
  findOutboundRefusal,
  resolveOutboundUrl,
  resolveOutbound,
  type Lookup,
  type ResolvedAddress,
} from './outbound-policy';
import { outboundSettings, type OutboundSettings } from './outbound-settings';

export interface GuardedFetchOptions {
  /** default: outboundSettings() read at each request */
  settings?: () => OutboundSettings;
  /** default: the system resolver */
  lookup?: Lookup;
}

/** RequestInit, with any Uint8Array as a body (TypeScript's DOM types want ArrayBuffer-backed ones). */
export type GuardedRequestInit = Omit<RequestInit, 'body'> & { body?: RequestInit['body'] | Uint8Array };
export type GuardedFetch = (input: string | URL, init?: GuardedRequestInit) => Promise<Response>;

const MAX_REDIRECTS = 5;
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

export function createGuardedFetch(options: GuardedFetchOptions = {}): GuardedFetch {
  const policy = () => ({ settings: (options.settings ?? outboundSettings)(), lookup: options.lookup });
  const agent = new Agent({
    connect: (connectOptions, callback) => {
      const port = Number(connectOptions.port || (connectOptions.protocol === 'https:' ? 443 : 80));
      resolveOutbound(connectOptions.hostname, port, policy()).then(
        (addresses) => buildConnector({ lookup: pinnedLookup(addresses) })(connectOptions, callback),
        (error: Error) => callback(error, null),
      );
    },
  });

  const once = async (url: URL, init: GuardedRequestInit | undefined) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new TypeError(`unsupported scheme ${url.protocol}`);
    await resolveOutboundUrl(url, policy());
    try {
      const response = await undiciFetch(url, {
        ...(init as object),
        redirect: 'manual',
        dispatcher: agent,
      } as Parameters<typeof undiciFetch>[1]);
      return response as unknown as Response;
    } catch (error) {
      throw findOutboundRefusal(error) ?? error;
    }
  };

  return async (input, init) => {
    let url = new URL(input);
    let response = await once(url, init);
    const mode = init?.redirect ?? 'manual';
    if (mode === 'manual' || !isRedirect(response.status)) return response;
    const method = (init?.method ?? 'GET').toUpperCase();
    if (mode === 'error' || (method !== 'GET' && method !== 'HEAD')) {
      await response.body?.cancel();
      throw new TypeError(`redirect refused (${response.status} for ${method} ${url.origin})`);
    }
    const headers = new Headers(init?.headers);
    for (let hop = 0; isRedirect(response.status); hop++) {
      const location = response.headers.get('location');
      await response.body?.cancel();
      if (!location || hop === MAX_REDIRECTS) throw new TypeError(`too many or empty redirects from ${url.origin}`);
      const next = new URL(location, url);
      if (next.origin !== url.origin) for (const name of CREDENTIAL_HEADERS) headers.delete(name);
      url = next;
      response = await once(url, { ...init, headers });
    }
    return response;
  };
}

/** The guarded fetch with the deployment's settings. */
export const guardedFetch: GuardedFetch = createGuardedFetch();

const isRedirect = (status: number) => [301, 302, 303, 307, 308].includes(status);

/** A `lookup` for net/tls.connect that answers only with the addresses the policy checked. */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const family =
      options.family === 6 || options.family === 'IPv6' ? 6 : options.family === 4 || options.family === 'IPv4' ? 4 : 0;
    const usable = addresses.filter((a) => family === 0 || a.family === family);
    if (usable.length === 0) {
      const error = Object.assign(new Error('no checked address of the requested family'), { code: 'ENOTFOUND' });
      return callback(error, '', 0);
    }
    if (options.all) return (callback as (e: null, all: ResolvedAddress[]) => void)(null, usable);
    callback(null, usable[0]!.address, usable[0]!.family);
  };
}
