/** Where the SSO routes send the browser: the login page with a reason, or the app. */
import { NextResponse } from 'next/server';
import { localePath } from '../i18n/locale-path';
import { safeNextPath } from '../auth/safe-next-path';
import type { SsoErrorReason } from './sso-errors';

// 303: the browser follows with a GET whatever the original method was.
export function toLogin(origin: string, locale: 'ar' | 'en', reason: SsoErrorReason) {
  return noStore(NextResponse.redirect(new URL(`${localePath(locale, '/login')}?error=sso_${reason}`, origin), 303));
}

/** `next` was checked when the sign-in began; checked again here, where the redirect is made. */
export function toApp(origin: string, locale: 'ar' | 'en', next: string) {
  return noStore(NextResponse.redirect(new URL(localePath(locale, safeNextPath(next)), origin), 303));
}

export function noStore(response: NextResponse) {
  response.headers.set('cache-control', 'no-store');
  return response;
}
