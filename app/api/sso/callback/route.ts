/**
 * GET /api/sso/callback — the redirect URI registered at every IdP. Validates the answer
 * (lib/sso/finish-sso-sign-in.ts), then creates the app session through Auth.js with a one-time
 * ticket, so SSO sessions are the same JWT sessions as password ones.
 */
import { AuthError } from 'next-auth';
import { cookies } from 'next/headers';
import { signIn } from '@/lib/auth/auth';
import { withApi } from '@/lib/http/with-api';
import { LOCALE_COOKIE, localeFromCookie } from '@/lib/i18n/locales';
import { finishSsoSignIn } from '@/lib/sso/finish-sso-sign-in';
import { logSso } from '@/lib/sso/log-sso';
import { publicOrigin } from '@/lib/sso/public-origin';
import { toApp, toLogin } from '@/lib/sso/sso-redirects';
import { STATE_COOKIE, STATE_COOKIE_PATH } from '@/lib/sso/sso-state';
import { ticketFor } from '@/lib/sso/system-redeem-sso-ticket';

export const GET = withApi({ permission: null }, async ({ request }) => {
  const origin = publicOrigin(request);
  const jar = await cookies();
  const stateCookie = jar.get(STATE_COOKIE)?.value;
  // The state is single-use whatever happens next.
  jar.delete({ name: STATE_COOKIE, path: STATE_COOKIE_PATH });
  const result = await finishSsoSignIn({
    stateCookie,
    search: new URL(request.url).searchParams,
    fallbackLocale: localeFromCookie(jar.get(LOCALE_COOKIE)?.value),
    requestId: request.headers.get('x-request-id') ?? crypto.randomUUID(),
  });
  if (!result.ok) return toLogin(origin, result.locale, result.reason);

  if (!(await startSession(await ticketFor(result.userId, result.tenantId), origin))) {
    logSso('warn', 'session could not be created from the ticket', { tenantId: result.tenantId });
    return toLogin(origin, result.locale, 'failed');
  }
  return toApp(origin, result.locale, result.next);
});

/** Auth.js sets the session cookie on this response; a refused ticket comes back as ?error=. */
async function startSession(ticket: string | null, origin: string): Promise<boolean> {
  if (!ticket) return false;
  try {
    const url = await signIn('sso-ticket', { ticket, redirect: false, redirectTo: '/' });
    return !new URL(url, origin).searchParams.has('error');
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}
