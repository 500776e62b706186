import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Badge, Card, DefinitionList, PageHeader } from '@/components/ui/card';
import { FLAG_NAMES } from '@/lib/flags/flags';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';
import { getCurrentTenant } from '@/lib/tenants/system-current-tenant';
import { allows } from '@/lib/rbac/permissions';
import { supportedTimeZones } from '@/lib/time/time-zones';
import { timeZoneGroups } from '@/lib/time/time-zone-options';
import { TenantTimeZoneForm } from '@/components/time/tenant-time-zone-form';

export const generateMetadata = guardedTitle('settings', 'settings.title');

export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { ctx, flags } = await requirePage('settings');
  const tenant = await getCurrentTenant(ctx);
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageHeader title={t('settings.title')} />
      <Card>
        <DefinitionList
          rows={[
            { label: t('settings.name'), value: tenant.name },
            { label: t('settings.slug'), value: <span className="ltr-isolate font-mono">{tenant.slug}</span> },
            { label: t('settings.status'), value: <Badge tone="good">{t(`status.${tenant.status}`)}</Badge> },
            { label: t('settings.defaultLocale'), value: t(`locales.${tenant.defaultLocale === 'en' ? 'en' : 'ar'}`) },
            {
              label: t('settings.timeZone'),
              value: <span className="ltr-isolate font-mono">{tenant.timeZone}</span>,
              testId: 'settings-time-zone',
            },
          ]}
        />
      </Card>
      {allows(ctx, 'tenant.settings.manage') && (
        <Card title={t('settings.timeZone')}>
          <TenantTimeZoneForm timeZone={tenant.timeZone} groups={timeZoneGroups(supportedTimeZones(), locale)} />
        </Card>
      )}
      <Card title={t('settings.modules')}>
        <p className="mb-3 text-sm text-slate-600">{t('settings.modulesHint')}</p>
        <ul className="grid gap-2 sm:grid-cols-2" data-testid="module-flags">
          {FLAG_NAMES.map((flag) => (
            <li key={flag} className="flex items-center justify-between rounded-lg border border-slate-100 px-3 py-2">
              <span>{t(`flags.${flag}`)}</span>
              <Badge tone={flags?.[flag] ? 'good' : 'neutral'}>
                {t(flags?.[flag] ? 'status.enabled' : 'status.off')}
              </Badge>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
