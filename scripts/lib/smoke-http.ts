/**
 * Plain-HTTP helpers for the smoke test: a minimal cookie jar and the Auth.js credentials
 * round trip (CSRF token, then the form POST), as a browser without JavaScript would do it.
 */

/** Minimal cookie jar for the Auth.js round trip. */
export class Jar {
  private cookies = new Map<string, string>();
  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      this.cookies.set(name!.trim(), rest.join('='));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Posts an Auth.js credentials form (`provider`: 'credentials' or 'sso-ticket') with a fresh CSRF
 * token. Returns the response (a redirect: `?error=CredentialsSignin&code=…` when refused) and
 * the jar, which holds the session cookie on success. `requestId` goes out as `x-request-id`.
 */
export async function postSignIn(
  base: string,
  provider: string,
  fields: Record<string, string>,
  requestId?: string,
): Promise<{ response: Response; jar: Jar }> {
  const jar = new Jar();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  jar.store(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/${provider}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: jar.header(),
      ...(requestId ? { 'x-request-id': requestId } : {}),
    },
    body: new URLSearchParams({ csrfToken, ...fields }),
  });
  jar.store(response);
  return { response, jar };
}

/** The `error` and `code` of a refused sign-in's redirect (null when it was not refused). */
export function refusal(response: Response): { error: string; code: string | null } | null {
  const location = response.headers.get('location');
  if (!location) return null;
  const params = new URL(location, 'http://x').searchParams;
  const error = params.get('error');
  return error ? { error, code: params.get('code') } : null;
}
