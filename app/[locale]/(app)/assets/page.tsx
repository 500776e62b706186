import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { QueryPagination } from '@/components/audit/query-pagination';
import { AssetFilters, type AssetQuery } from '@/components/plant/asset-filters';
import { AssetFormDialog } from '@/components/plant/asset-form-dialog';
import { ToastProvider } from '@/components/ui/toast';
import { buttonClass } from '@/components/ui/button';
import { Link } from '@/lib/i18n/navigation';
import { allows } from '@/lib/rbac/permissions';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';
import { listAssets, ZListAssets } from '@/lib/plant/list-assets';
import { parseListQuery } from '@/lib/http/list-query';
import { listSites, ZListSites } from '@/lib/plant/list-sites';
import { listUnits, ZListUnits } from '@/lib/plant/list-units';
import { isLocale } from '@/lib/i18n/locales';
import { AssetStatusList } from '@/components/asset-page/asset-status-list';

export const generateMetadata = guardedTitle('assets', 'assetsPage.title');

/** The tenant's assets: filters in the URL (a plain GET form), server pagination, cards on phones. */
export default async function AssetsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { locale: raw } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : 'ar';
  const { ctx } = await requirePage('assets');
  // Bad filters in a hand-edited URL: say so and show the unfiltered list rather than fail.
  const parsed = parseListQuery(ZListAssets, await searchParams);
  const filters = parsed.query;
  const canWrite = allows(ctx, 'assets.manage');
  // Every unit, with its site: the unit filter and the new-asset form narrow them to the chosen site.
  const [result, sites, units] = await Promise.all([
    listAssets(ctx, filters),
    listSites(ctx, ZListSites.parse({ pageSize: 100 })),
    listUnits(ctx, ZListUnits.parse({ pageSize: 100 })),
  ]);
  const unitChoices = units.items;
  const query: AssetQuery = {
    q: filters.q,
    site_id: filters.site_id,
    unit_id: filters.unit_id,
    type: filters.type,
    criticality: filters.criticality,
    status: filters.status,
  };
  const filtered = Object.values(query).some(Boolean);
  // Page size and order are not filters but the pages must keep them.
  const kept = { pageSize: parsed.given.pageSize, sort: parsed.given.sort, dir: parsed.given.dir };
  const t = await getTranslations('assetsPage');
  const tPlant = await getTranslations('plantUi');
  const tImport = await getTranslations('plantImport');

  return (
    <ToastProvider closeLabel={tPlant('close')}>
      <div className="mx-auto max-w-6xl">
        <PageHeader title={t('title')} description={t('description')} />
        <Card>
          {canWrite && (
            <div className="mb-3 flex flex-wrap justify-end gap-2">
              <Link href="/assets/import" className={buttonClass('secondary', 'sm')} data-testid="assets-import-link">
                {tImport('importCsv')}
              </Link>
              {unitChoices.length > 0 && (
                <AssetFormDialog
                  units={unitChoices}
                  sites={sites.items}
                  unitId={filters.unit_id}
                  siteId={filters.site_id}
                />
              )}
            </div>
          )}
          <AssetFilters locale={locale} query={query} sites={sites.items} units={units.items} />
          {!parsed.valid && (
            <p
              role="alert"
              className="mb-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900"
              data-testid="assets-invalid"
            >
              {t('invalidFilters')}
            </p>
          )}
          {result.total === 0 ? (
            <div className="py-10 text-center" data-testid="assets-empty">
              <p className="text-slate-500">{filtered ? t('emptyFiltered') : t('empty')}</p>
              {!filtered && (
                <p className="mt-2 text-sm text-slate-500" data-testid="assets-next-step">
                  {!canWrite
                    ? tPlant('asset.emptyRead')
                    : unitChoices.length > 0
                      ? tPlant('asset.emptyWrite')
                      : tPlant('asset.emptyNoUnits')}
                </p>
              )}
              {!filtered && canWrite && unitChoices.length === 0 && (
                <Link href="/sites" className={`${buttonClass('primary')} mt-3`} data-testid="assets-go-sites">
                  {tPlant(sites.total === 0 ? 'asset.firstSite' : 'asset.firstUnit')}
                </Link>
              )}
            </div>
          ) : (
            result.items.length > 0 && <AssetStatusList ctx={ctx} locale={locale} items={result.items} />
          )}
          <QueryPagination
            basePath="/assets"
            params={{ ...query, ...kept }}
            page={result.page}
            pageCount={result.pageCount}
            total={result.total}
          />
        </Card>
      </div>
    </ToastProvider>
  );
}
