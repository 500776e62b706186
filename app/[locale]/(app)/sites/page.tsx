import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { ToastProvider } from '@/components/ui/toast';
import { QueryPagination } from '@/components/audit/query-pagination';
import { PlaceFormDialog } from '@/components/plant/place-form-dialog';
import { PlaceList } from '@/components/plant/place-list';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';
import { isLocale } from '@/lib/i18n/locales';
import { allows } from '@/lib/rbac/permissions';
import { listSites, ZListSites } from '@/lib/plant/list-sites';
import { parseListQuery } from '@/lib/http/list-query';
import { siteHref } from '@/lib/plant/plant-paths';

export const generateMetadata = guardedTitle('sites', 'plantUi.site.listTitle');

/** The tenant's sites (server pagination); those who may change the plant add one here. */
export default async function SitesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { locale: raw } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : 'ar';
  const { ctx } = await requirePage('sites');
  const { query, given } = parseListQuery(ZListSites, await searchParams);
  const sites = await listSites(ctx, query);
  const canWrite = allows(ctx, 'assets.manage');
  const t = await getTranslations('plantUi');

  return (
    <ToastProvider closeLabel={t('close')}>
      <div className="mx-auto max-w-4xl">
        <PageHeader title={t('site.listTitle')} description={t('site.listDescription')} />
        <Card>
          {canWrite && (
            <div className="mb-3 flex justify-end">
              <PlaceFormDialog kind="site" />
            </div>
          )}
          {sites.total === 0 ? (
            <div className="py-10 text-center" data-testid="sites-empty">
              <p className="text-slate-600">{t('site.empty')}</p>
              <p className="mt-1 text-sm text-slate-500">{t(canWrite ? 'site.emptyWrite' : 'site.emptyRead')}</p>
            </div>
          ) : (
            sites.items.length > 0 && <PlaceList locale={locale} items={sites.items} href={siteHref} testId="site" />
          )}
          {sites.total > 0 && (
            <QueryPagination
              basePath="/sites"
              params={{ pageSize: given.pageSize }}
              page={sites.page}
              pageCount={sites.pageCount}
              total={sites.total}
            />
          )}
        </Card>
      </div>
    </ToastProvider>
  );
}
