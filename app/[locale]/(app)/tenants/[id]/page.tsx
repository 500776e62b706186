import { cache } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Card, DefinitionList } from '@/components/ui/card';
import { BackLink } from '@/components/ui/back-link';
import { buttonClass } from '@/components/ui/button';
import { EditTenantDialog } from '@/components/tenants/edit-tenant-dialog';
import { DomainClaimsReview } from '@/components/tenants/domain-claims-review';
import { FlagSwitches } from '@/components/tenants/flag-switches';
import { TenantStatusBadge } from '@/components/tenants/tenant-status-badge';
import { TenantStatusDialog } from '@/components/tenants/tenant-status-dialog';
import { ToastProvider } from '@/components/ui/toast';
import { AppError } from '@/lib/http/app-error';
import { Link } from '@/lib/i18n/navigation';
import { requirePage, visiblePage } from '@/lib/navigation/require-page';
import { listDomainClaims } from '@/lib/sso/list-domain-claims';
import { getTenant } from '@/lib/tenants/system-get-tenant';

type Params = Promise<{ locale: string; id: string }>;

/**
 * The tenant, for the page and its title (one query per request), or null for a missing or malformed
 * id and for anyone who may not see the page: then the page is a 404 and its title says so, never
 * naming a tenant.
 */
const load = cache(async (id: string) => {
  if (!(await visiblePage('tenants'))) return null;
  try {
    return await getTenant(id);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const [tenant, t] = await Promise.all([load(id), getTranslations({ locale })]);
  return { title: tenant ? `${tenant.name} · ${t('tenants.title')}` : t('errors.notFoundTitle') };
}

export default async function TenantPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePage('tenants');
  const tenant = (await load(id)) ?? notFound();
  const claims = await listDomainClaims({ tenantId: tenant.id });
  const t = await getTranslations();
  const format = await getFormatter();
  const editable = {
    id: tenant.id,
    name: tenant.name,
    slug: tenant.slug,
    defaultLocale: tenant.defaultLocale,
    timeZone: tenant.timeZone,
  };
  return (
    <ToastProvider closeLabel={t('tenants.close')}>
      <div className="mx-auto max-w-4xl space-y-4">
        <BackLink href="/tenants">{t('tenants.back')}</BackLink>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold" data-testid="tenant-title">
            {tenant.name}
          </h1>
          <TenantStatusBadge status={tenant.status} />
        </div>

        <Card title={t('tenants.details')}>
          <DefinitionList
            rows={[
              { label: t('tenants.name'), value: tenant.name, testId: 'tenant-name-value' },
              { label: t('tenants.slug'), value: <span className="ltr-isolate font-mono">{tenant.slug}</span> },
              { label: t('tenants.defaultLocale'), value: t(`locales.${tenant.defaultLocale}`) },
              {
                label: t('tenants.timeZone'),
                value: <span className="ltr-isolate font-mono">{tenant.timeZone}</span>,
                testId: 'tenant-time-zone-value',
              },
              { label: t('tenants.users'), value: t('tenants.usersCount', { count: tenant.usersCount }) },
              { label: t('tenants.createdAt'), value: format.dateTime(tenant.createdAt, { dateStyle: 'long' }) },
            ]}
          />
          <div className="mt-3 flex flex-wrap gap-2">
            <EditTenantDialog tenant={editable} />
            <Link
              href={`/audit-log?tenant_id=${tenant.id}`}
              className={buttonClass('ghost')}
              data-testid="tenant-audit-link"
            >
              {t('tenants.viewAudit')}
            </Link>
          </div>
        </Card>

        <Card title={t('tenants.modules')}>
          <p className="mb-1 text-sm text-slate-600">{t('tenants.modulesHint')}</p>
          <FlagSwitches tenant={{ id: tenant.id, name: tenant.name }} flags={tenant.flags} />
        </Card>

        <Card title={t('ssoDomains.reviewTitle')} testId="tenant-sso-domains">
          <p className="mb-1 text-sm text-slate-600">{t('ssoDomains.reviewIntro')}</p>
          <DomainClaimsReview tenantId={tenant.id} claims={claims} />
        </Card>

        <Card title={t('tenants.access')}>
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-slate-600" data-testid="tenant-access-hint">
              {tenant.status === 'active' ? t('tenants.activeHint') : t('tenants.suspendedHint')}
            </p>
            <TenantStatusDialog tenant={{ id: tenant.id, name: tenant.name, status: tenant.status }} />
          </div>
        </Card>
      </div>
    </ToastProvider>
  );
}
