import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthFrame } from '@/components/shell/auth-frame';
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
  return (
    <AuthFrame title={t('title')} subtitle={t('subtitle')} tagline>
      <div className="mt-5">
        <LoginForm
          locale={locale}
          next={typeof next === 'string' ? next : undefined}
          notice={reason === 'session_ended' ? t('sessionEnded') : undefined}
          error={ssoError ? t(`ssoErrors.${ssoError}`) : undefined}
          offerPassword={ssoError === 'local_account'}
        />
      </div>
    </AuthFrame>
  );
}
