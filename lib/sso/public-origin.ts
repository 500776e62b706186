/**
 * The origin the browser sees (behind a reverse proxy: X-Forwarded-Proto/Host), used for the
 * redirect URI. The IdP accepts only registered redirect URIs, so a forged header cannot send
 * a code anywhere else.
 */
export function publicOrigin(request: Request): string {
  return originFromHeaders(request.headers, new URL(request.url));
}

/** For server components, which have headers() but no Request. */
export function originFromHeaders(headers: Headers, fallback: URL = new URL('http://localhost')): string {
  const first = (name: string) => headers.get(name)?.split(',')[0]?.trim();
  const proto = first('x-forwarded-proto');
  const host = first('x-forwarded-host') ?? headers.get('host');
  if (!host || !/^[a-z0-9.:[\]-]+$/i.test(host)) return fallback.origin;
  const scheme = proto === 'https' || proto === 'http' ? proto : fallback.protocol.slice(0, -1);
  return `${scheme}://${host}`;
}

export const callbackPath = '/api/sso/callback';
export const redirectUriFor = (origin: string) => `${origin}${callbackPath}`;
