import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthFrame } from '@/components/shell/auth-frame';
import { signOutAction } from '@/components/shell/actions';
import { localePath } from '@/lib/i18n/locale-path';
import { isLocale } from '@/lib/i18n/locales';
import { getRequestContext } from '@/lib/tenancy/request-context';
import { ChangePasswordForm } from './change-password-form';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'changePassword' });
  return { title: t('title') };
}

/** Where users whose password an administrator set are sent before anything else (and anyone may come). */
export default async function ChangePasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const ctx = await getRequestContext();
  if (!ctx) redirect(`${localePath(isLocale(locale) ? locale : 'ar', '/login')}?reason=session_ended`);
  const t = await getTranslations('changePassword');
  return (
    <AuthFrame title={t('title')} subtitle={t('subtitle')} wide>
      {ctx.mustChangePassword && (
        <p role="status" className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="forced-notice">
          {t('forced')}
        </p>
      )}
      <p className="mt-4 flex flex-wrap gap-x-2 text-sm">
        <span className="text-slate-500">{ctx.name}</span>
        {ctx.email && <span className="ltr-isolate text-slate-700">{ctx.email}</span>}
      </p>
      <div className="mt-5">
        <ChangePasswordForm locale={locale} />
      </div>
      <form action={signOutAction} className="mt-4 text-center">
        <input type="hidden" name="locale" value={locale} />
        <button
          type="submit"
          className="text-sm text-slate-600 underline hover:text-slate-900"
          data-testid="change-password-sign-out"
        >
          {t('signOut')}
        </button>
      </form>
    </AuthFrame>
  );
}
