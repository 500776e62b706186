'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth/auth';
import { AppError } from '@/lib/http/app-error';
import { requestIdFrom, runInRequestScope } from '@/lib/http/request-scope';
import { clientIp } from '@/lib/http/client-ip';
import { localePath } from '@/lib/i18n/locale-path';
import { isLocale } from '@/lib/i18n/locales';
import { getRequestContext } from '@/lib/tenancy/request-context';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { problemToFormErrors, type FormErrors } from '@/lib/http/form-errors';
import { ZChangePassword } from '@/lib/users/schemas';

export interface ChangePasswordState {
  /** field → message key ('_' for the form as a whole) */
  errors?: FormErrors;
}

/**
 * Changes the signed-in user's password, then signs them in again with it (the change ends every
 * existing session, this one included) and goes home. Passwords are never echoed back.
 */
export async function changePasswordAction(prev: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  return runInRequestScope(requestIdFrom(await headers()), () => changePassword(prev, form));
}

async function changePassword(_prev: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  const locale = isLocale(form.get('locale')) ? (form.get('locale') as 'ar' | 'en') : 'ar';
  const ctx = await getRequestContext();
  if (!ctx) redirect(`${localePath(locale, '/login')}?reason=session_ended`);
  const parsed = ZChangePassword.safeParse({
    currentPassword: form.get('currentPassword') ?? '',
    newPassword: form.get('newPassword') ?? '',
    confirmPassword: form.get('confirmPassword') ?? '',
  });
  if (!parsed.success) return { errors: problemToFormErrors(parsed.error) };
  let identifier: string;
  try {
    ({ identifier } = await changeOwnPassword(ctx.userId, parsed.data, {
      ip: clientIp(await headers()),
      requestId: ctx.requestId,
    }));
  } catch (error) {
    if (error instanceof AppError) {
      const field = error.details?.field;
      return {
        errors: problemToFormErrors({
          messageKey: error.messageKey,
          field: typeof field === 'string' ? field : undefined,
        }),
      };
    }
    throw error;
  }
  let signedIn = false;
  try {
    const url = await signIn('credentials', { identifier, password: parsed.data.newPassword, redirect: false });
    signedIn = !new URL(url, 'http://x').searchParams.has('error');
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
  }
  // The password is changed either way; if signing in again failed, the login page takes over.
  redirect(signedIn ? localePath(locale, '/') : `${localePath(locale, '/login')}?reason=session_ended`);
}
