import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { ssoErrorReason } from '@/lib/sso/sso-errors';
import { LoginForm } from './login-form';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'login' });
  return { title: t('title') };
}

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string; reason?: string; error?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { next, reason, error } = await searchParams;
  // Failed SSO sign-ins come back as ?error=sso_<reason> (lib/sso/sso-errors.ts).
  const ssoError = ssoErrorReason(error);
  const t = await getTranslations('login');
  const tApp = await getTranslations('app');
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-brand-700 to-brand-600 px-4 py-6">
      <div className="flex justify-end">
        <LanguageSwitch className="text-white/90 hover:text-white" />
      </div>
      <main className="mx-auto mt-10 w-full max-w-sm flex-1 sm:mt-20">
        <div className="mb-6 text-center text-white">
          <p className="ltr-isolate text-3xl font-semibold tracking-wide">{tApp('name')}</p>
          <p className="mt-1 text-white/80">{tApp('tagline')}</p>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-xl">
          <h1 className="text-xl font-semibold">{t('title')}</h1>
          <p className="mb-5 mt-1 text-sm text-slate-600">{t('subtitle')}</p>
          <LoginForm
            locale={locale}
            next={typeof next === 'string' ? next : undefined}
            notice={reason === 'session_ended' ? t('sessionEnded') : undefined}
            error={ssoError ? t(`ssoErrors.${ssoError}`) : undefined}
            offerPassword={ssoError === 'local_account'}
          />
        </div>
      </main>
    </div>
  );
}
