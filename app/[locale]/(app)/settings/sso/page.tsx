import { headers } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Badge, PageHeader } from '@/components/ui/card';
import { DomainClaimsCard } from '@/components/sso/domain-claims-card';
import { RedirectUriCard } from '@/components/sso/redirect-uri-card';
import { SsoSettingsForm } from '@/components/sso/sso-settings-form';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';
import { getSsoConfig } from '@/lib/sso/get-sso-config';
import { originFromHeaders, redirectUriFor } from '@/lib/sso/public-origin';

export const generateMetadata = guardedTitle('sso', 'sso.title');

export default async function SsoSettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const { ctx } = await requirePage('sso');
  const config = await getSsoConfig(ctx);
  const redirectUri = redirectUriFor(originFromHeaders(await headers()));
  const t = await getTranslations('sso');
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader title={t('title')} description={t('description')} />
        <span data-testid="sso-status">
          {config ? (
            <Badge tone={config.enabled ? 'good' : 'neutral'}>{config.enabled ? t('statusOn') : t('statusOff')}</Badge>
          ) : (
            <Badge tone="warn">{t('notConfigured')}</Badge>
          )}
        </span>
      </div>
      <RedirectUriCard redirectUri={redirectUri} />
      <SsoSettingsForm
        initial={
          config && {
            provider: config.provider,
            issuer: config.issuer,
            clientId: config.clientId,
            clientSecretSet: config.clientSecretSet,
            allowedDomains: config.allowedDomains,
            defaultRole: config.defaultRole,
            jitEnabled: config.jitEnabled,
            enabled: config.enabled,
          }
        }
      />
      {config && <DomainClaimsCard domains={config.domains} />}
      <p className="text-xs text-slate-500">{t('docsHint')}</p>
    </div>
  );
}
