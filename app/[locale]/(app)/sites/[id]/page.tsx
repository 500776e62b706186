import { cache } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import { ToastProvider } from '@/components/ui/toast';
import { AssetFormDialog } from '@/components/plant/asset-form-dialog';
import { AssetStatusList } from '@/components/asset-page/asset-status-list';
import { BackLink } from '@/components/ui/back-link';
import { PlaceFormDialog } from '@/components/plant/place-form-dialog';
import { PlaceHeader } from '@/components/plant/place-header';
import { PlaceList } from '@/components/plant/place-list';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/locales';
import { requirePage, visiblePage } from '@/lib/navigation/require-page';
import { allows } from '@/lib/rbac/permissions';
import { listAssets, ZListAssets } from '@/lib/plant/list-assets';
import { getSite } from '@/lib/plant/list-sites';
import { listUnits, ZListUnits } from '@/lib/plant/list-units';
import { orNull } from '@/lib/plant/load-for-page';
import { placeTitle } from '@/lib/plant/place-title';
import { unitHref } from '@/lib/plant/plant-paths';

type Params = Promise<{ locale: string; id: string }>;

/** The site for the page and its title (one query per request); null for anyone who may not see it. */
const load = cache(async (id: string) => {
  const page = await visiblePage('sites');
  return page ? orNull(() => getSite(page.ctx, id)) : null;
});

export const generateMetadata = placeTitle(load, 'plantUi.site.listTitle');

/** A site: its units and (the first page of) its assets. */
export default async function SitePage({ params }: { params: Params }) {
  const { locale: raw, id } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : 'ar';
  const { ctx } = await requirePage('sites');
  const site = (await load(id)) ?? notFound();
  const [units, assets] = await Promise.all([
    listUnits(ctx, ZListUnits.parse({ site_id: site.id, pageSize: 100 })),
    listAssets(ctx, ZListAssets.parse({ site_id: site.id })),
  ]);
  const canWrite = allows(ctx, 'assets.manage');
  const t = await getTranslations('plantUi');
  const tAssets = await getTranslations('assetsPage');

  return (
    <ToastProvider closeLabel={t('close')}>
      <div className="mx-auto max-w-6xl space-y-4">
        <BackLink href="/sites">{t('site.back')}</BackLink>
        <PlaceHeader locale={locale} place={site} actions={canWrite && <PlaceFormDialog kind="site" place={site} />} />

        <Card title={t('unit.listTitle')} testId="site-units">
          {canWrite && (
            <div className="mb-3 flex justify-end">
              <PlaceFormDialog kind="unit" siteId={site.id} />
            </div>
          )}
          {units.total === 0 ? (
            <p className="py-6 text-center text-slate-500" data-testid="units-empty">
              {t(canWrite ? 'unit.emptyWrite' : 'unit.empty')}
            </p>
          ) : (
            <PlaceList locale={locale} items={units.items} href={unitHref} testId="unit" />
          )}
        </Card>

        <Card title={tAssets('title')} testId="site-assets">
          {canWrite && units.total > 0 && (
            <div className="mb-3 flex justify-end">
              <AssetFormDialog units={units.items} />
            </div>
          )}
          {assets.total === 0 ? (
            <p className="py-6 text-center text-slate-500" data-testid="assets-empty">
              {tAssets('empty')}
            </p>
          ) : (
            <AssetStatusList ctx={ctx} locale={locale} items={assets.items} />
          )}
          {assets.total > assets.items.length && (
            <Link href={`/assets?site_id=${site.id}`} className={`${buttonClass('ghost')} mt-3`}>
              {t('site.allAssets', { total: assets.total })}
            </Link>
          )}
        </Card>
      </div>
    </ToastProvider>
  );
}
