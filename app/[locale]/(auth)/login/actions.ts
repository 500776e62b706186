'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signIn, ZSignIn } from '@/lib/auth/auth';
import { localePath } from '@/lib/i18n/locale-path';
import { isLocale } from '@/lib/i18n/locales';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { requestIdFrom, runInRequestScope } from '@/lib/http/request-scope';

export interface SignInState {
  error?: 'invalid' | 'throttled' | 'required';
  identifier?: string;
}

/** In a request scope, so Auth.js's log lines and the sign-in's audit entry carry the request id. */
export async function signInAction(prev: SignInState, form: FormData): Promise<SignInState> {
  return runInRequestScope(requestIdFrom(await headers()), () => signInWithForm(prev, form));
}

async function signInWithForm(_prev: SignInState, form: FormData): Promise<SignInState> {
  const locale = isLocale(form.get('locale')) ? (form.get('locale') as 'ar' | 'en') : 'ar';
  const parsed = ZSignIn.safeParse({ identifier: form.get('identifier'), password: form.get('password') });
  const identifier = String(form.get('identifier') ?? '');
  if (!parsed.success) return { error: 'required', identifier };
  try {
    // redirectTo: otherwise the success URL is the Referer, which may carry an ?error= of its own.
    const url = await signIn('credentials', { ...parsed.data, redirect: false, redirectTo: '/' });
    const code = new URL(url, 'http://x').searchParams.get('code');
    if (new URL(url, 'http://x').searchParams.has('error'))
      return { error: code === 'throttled' ? 'throttled' : 'invalid', identifier };
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return { error: code === 'throttled' ? 'throttled' : 'invalid', identifier };
    }
    throw error;
  }
  redirect(localePath(locale, safeNextPath(form.get('next'))));
}
