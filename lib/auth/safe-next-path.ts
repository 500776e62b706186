/**
 * Redirect targets taken from a request (the sign-in `next`, the SSO return path, the language
 * switch) are decided by the WHATWG URL parser — the one browsers use — never by string prefixes:
 * the parser drops tabs and newlines and reads `\` as `/`, so `/\t/evil.example` and
 * `/\evil.example` both mean `//evil.example`, another site.
 */
import { splitLocale } from '../i18n/locale-path';

/** An origin nothing else can have; a value that resolves elsewhere names another site. */
const OWN = 'http://optria.invalid';

/**
 * The path + query + fragment that `value` leads to inside the app, or null when it would leave
 * it (another origin, or a path that a Location header would read as `//host`).
 */
export function localTarget(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(value, OWN);
  } catch {
    return null;
  }
  if (url.origin !== OWN) return null;
  const target = `${url.pathname}${url.search}${url.hash}`;
  return target.startsWith('//') ? null : target;
}

/** Where to go after sign-in: a local target that is not the sign-in page itself, else `/`. */
export function safeNextPath(value: unknown): string {
  const target = localTarget(value);
  if (!target) return '/';
  const { path } = splitLocale(target.split(/[?#]/)[0]!);
  return path === '/login' || path.startsWith('/login/') ? '/' : target;
}
