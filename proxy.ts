/**
 * Runs before every page: language choice (?lang=, remembered in a cookie), next-intl routing,
 * and a cheap session-presence check for app pages. No database work here — pages re-check
 * the session for real through getRequestContext().
 */
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './lib/i18n/routing';
import { LOCALE_COOKIE, isLocale } from './lib/i18n/locales';
import { localePath, splitLocale } from './lib/i18n/locale-path';
import { localTarget } from './lib/auth/safe-next-path';

const intl = createMiddleware(routing);
const PUBLIC_PATHS = ['/login'];
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
const ONE_YEAR = 60 * 60 * 24 * 365;

export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const { locale, path } = splitLocale(pathname);
  // Redirects below reuse the requested path: never one a browser would read as another host (`//host`).
  const safePath = localTarget(path) ?? '/';

  const lang = searchParams.get('lang');
  if (isLocale(lang)) {
    const url = request.nextUrl.clone();
    url.searchParams.delete('lang');
    url.pathname = localePath(lang, safePath);
    const response = NextResponse.redirect(url);
    response.cookies.set(LOCALE_COOKIE, lang, { path: '/', maxAge: ONE_YEAR, sameSite: 'lax' });
    return response;
  }

  const remembered = request.cookies.get(LOCALE_COOKIE)?.value;
  const prefixed = pathname !== path || pathname.startsWith(`/${routing.defaultLocale}`);
  if (!prefixed && isLocale(remembered) && remembered !== locale) {
    const url = request.nextUrl.clone();
    url.pathname = localePath(remembered, safePath);
    return NextResponse.redirect(url);
  }

  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && !PUBLIC_PATHS.includes(path)) {
    const url = request.nextUrl.clone();
    url.pathname = localePath(locale, '/login');
    url.search = safePath === '/' ? '' : `?next=${encodeURIComponent(safePath + request.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }

  const response = intl(request);
  if (prefixed && locale !== routing.defaultLocale) {
    response.cookies.set(LOCALE_COOKIE, locale, { path: '/', maxAge: ONE_YEAR, sameSite: 'lax' });
  }
  return response;
}

export const config = {
  // Pages only: not API routes, health/internal endpoints, Next internals or files with an extension.
  matcher: ['/((?!api|health|internal|_next|_vercel|.*\\..*).*)'],
};
