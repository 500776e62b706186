/**
 * GET /api/sso/start?email=…&locale=…&next=… — public. Sends the browser to the IdP of the
 * tenant that owns the email's domain; every failure lands on the login page with a reason.
 */
import { z } from 'zod';
import { NextResponse } from 'next/server';
import { withApi } from '@/lib/http/with-api';
import { beginSsoSignIn } from '@/lib/sso/begin-sso-sign-in';
import { publicOrigin, redirectUriFor } from '@/lib/sso/public-origin';
import { noStore, toLogin } from '@/lib/sso/sso-redirects';
import { STATE_COOKIE, STATE_COOKIE_PATH, STATE_TTL_SECONDS } from '@/lib/sso/sso-state';

// Lenient on purpose: a bad value is a redirect with a message, not a JSON 400 in the browser.
const ZStart = z.object({
  email: z.string().max(320).optional(),
  locale: z.string().max(5).optional(),
  next: z.string().max(2000).optional(),
});

export const GET = withApi({ permission: null, query: ZStart }, async ({ query, request }) => {
  const locale = query.locale === 'en' ? 'en' : 'ar';
  const origin = publicOrigin(request);
  const email = query.email?.trim() ?? '';
  if (!z.email().safeParse(email).success) return toLogin(origin, locale, 'not_configured');
  const result = await beginSsoSignIn({ email, locale, next: query.next, redirectUri: redirectUriFor(origin) });
  if (!result.ok) return toLogin(origin, locale, result.reason);
  const response = noStore(NextResponse.redirect(result.authorizationUrl, 303));
  response.cookies.set(STATE_COOKIE, result.stateCookie, {
    httpOnly: true,
    // Lax: the IdP brings the browser back with a top-level GET, which carries it.
    sameSite: 'lax',
    secure: origin.startsWith('https:'),
    path: STATE_COOKIE_PATH,
    maxAge: STATE_TTL_SECONDS,
  });
  return response;
});
