/** Where the SSO routes send the browser: the login page with a reason, or the app. */
import { NextResponse } from 'next/server';
import { localePath } from '../i18n/locale-path';
import type { SsoErrorReason } from './sso-errors';

// 303: the browser follows with a GET whatever the original method was.
export function toLogin(origin: string, locale: 'ar' | 'en', reason: SsoErrorReason) {
  return noStore(NextResponse.redirect(new URL(`${localePath(locale, '/login')}?error=sso_${reason}`, origin), 303));
}

export function toApp(origin: string, locale: 'ar' | 'en', next: string) {
  return noStore(NextResponse.redirect(new URL(localePath(locale, next), origin), 303));
}

export function noStore(response: NextResponse) {
  response.headers.set('cache-control', 'no-store');
  return response;
}
