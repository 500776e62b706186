/**
 * Request checks that withApi runs before anything else, as defence in depth against cross-site
 * request forgery (OWASP CSRF Prevention Cheat Sheet: "Fetch Metadata headers" and "Verifying
 * origin with standard headers"). SameSite=Lax cookies already keep most cross-site requests
 * cookie-less, but not those from sibling subdomains ("same-site"), and not older browsers.
 *
 * - A state-changing request (not GET/HEAD/OPTIONS) that may carry the session cookie (no
 *   `Authorization` header) must come from the app's own origin: `Sec-Fetch-Site: same-origin`,
 *   else an `Origin` equal to the app's public origin. A request with neither header is not a
 *   browser's (every current browser sends Origin on non-GET requests), so it is let through:
 *   CSRF needs a victim's browser.
 * - API-key requests authenticate with a header no other site can make a browser send: not checked.
 * - A JSON endpoint refuses a body that is not `application/json` (or `application/<x>+json`):
 *   `text/plain` is how a cross-site form or fetch avoids the CORS preflight.
 */
import { AppError } from './app-error';
import { publicOrigin } from '../sso/public-origin';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Throws 403 `cross_origin_request` for a cookie-authenticated write from another origin. */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  if (request.headers.has('authorization')) return;
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite !== null) {
    if (fetchSite === 'same-origin') return;
    throw crossOrigin();
  }
  const origin = request.headers.get('origin');
  if (origin === null) return;
  if (origin !== publicOrigin(request)) throw crossOrigin();
}

/** Throws 415 `unsupported_media_type` unless the body is declared as JSON. */
export function assertJsonBody(request: Request): void {
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) return;
  throw new AppError('unsupported_media_type', 415, 'errors.unsupportedMediaType');
}

const crossOrigin = () => new AppError('cross_origin_request', 403, 'errors.crossOrigin');
