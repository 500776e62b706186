import { cache } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { ToastProvider } from '@/components/ui/toast';
import { AssetContext } from '@/components/plant/asset-context';
import { AssetFormDialog } from '@/components/plant/asset-form-dialog';
import { AssetStatusList } from '@/components/asset-page/asset-status-list';
import { BackLink } from '@/components/ui/back-link';
import { PlaceFormDialog } from '@/components/plant/place-form-dialog';
import { PlaceHeader } from '@/components/plant/place-header';
import { QueryPagination } from '@/components/audit/query-pagination';
import { isLocale } from '@/lib/i18n/locales';
import { requirePage, visiblePage } from '@/lib/navigation/require-page';
import { allows } from '@/lib/rbac/permissions';
import { getAsset, listAssets, ZListAssets } from '@/lib/plant/list-assets';
import { listAssetLinks, ZListAssetLinks } from '@/lib/plant/list-asset-links';
import { getUnit, listUnits, ZListUnits } from '@/lib/plant/list-units';
import { orNull } from '@/lib/plant/load-for-page';
import { parseListQuery } from '@/lib/http/list-query';
import { assetDeleteBlocker } from '@/lib/plant/delete-asset';
import { placeTitle } from '@/lib/plant/place-title';
import { siteHref } from '@/lib/plant/plant-paths';

type Params = Promise<{ locale: string; id: string }>;

const load = cache(async (id: string) => {
  const page = await visiblePage('sites');
  return page ? orNull(() => getUnit(page.ctx, id)) : null;
});

export const generateMetadata = placeTitle(load, 'plantUi.unit.listTitle');

/**
 * A unit: its assets (server pagination), the process-flow links leaving them, and, with
 * `?asset=<id>`, that asset's context (register data, actions, signals, links).
 */
export default async function UnitPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string>>;
}) {
  const { locale: raw, id } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : 'ar';
  const { ctx } = await requirePage('sites');
  const unit = (await load(id)) ?? notFound();
  const search = await searchParams;
  const paging = parseListQuery(ZListAssets, { page: search.page });
  const [assets, siblings, links, chosen] = await Promise.all([
    listAssets(ctx, ZListAssets.parse({ unit_id: unit.id, page: paging.query.page })),
    listUnits(ctx, ZListUnits.parse({ site_id: unit.siteId, pageSize: 100 })),
    listAssetLinks(ctx, ZListAssetLinks.parse({ unit_id: unit.id, pageSize: 100 })),
    search.asset ? orNull(() => getAsset(ctx, search.asset!)) : null,
  ]);
  // An asset of another unit in a hand-edited URL is not shown here.
  const asset = chosen?.unitId === unit.id ? chosen : null;
  const canWrite = allows(ctx, 'assets.manage');
  const [parent, blocked] = await Promise.all([
    asset?.parentId ? orNull(() => getAsset(ctx, asset.parentId!)) : null,
    asset && canWrite ? assetDeleteBlocker(ctx, asset.id) : null,
  ]);
  const tRoot = await getTranslations();
  const t = await getTranslations('plantUi');
  const tAssets = await getTranslations('assetsPage');

  return (
    <ToastProvider closeLabel={t('close')}>
      <div className="mx-auto max-w-6xl space-y-4">
        <BackLink href={siteHref(unit.siteId)}>{t('unit.back')}</BackLink>
        <PlaceHeader locale={locale} place={unit} actions={canWrite && <PlaceFormDialog kind="unit" place={unit} />} />

        {asset && (
          <AssetContext
            key={asset.id}
            locale={locale}
            asset={asset}
            units={siblings.items}
            parent={parent}
            canWrite={canWrite}
            canWriteSignals={allows(ctx, 'signals.manage')}
            deleteBlocked={blocked ? tRoot(blocked.messageKey) : undefined}
          />
        )}

        <Card title={tAssets('title')} testId="unit-assets">
          {canWrite && (
            <div className="mb-3 flex justify-end">
              <AssetFormDialog units={siblings.items} unitId={unit.id} />
            </div>
          )}
          {assets.total === 0 ? (
            <p className="py-6 text-center text-slate-500" data-testid="assets-empty">
              {t(canWrite ? 'asset.emptyWrite' : 'asset.empty')}
            </p>
          ) : (
            assets.items.length > 0 && <AssetStatusList ctx={ctx} locale={locale} items={assets.items} />
          )}
          {assets.total > 0 && (
            <QueryPagination
              basePath={`/units/${unit.id}`}
              params={{ asset: asset?.id }}
              page={assets.page}
              pageCount={assets.pageCount}
              total={assets.total}
            />
          )}
        </Card>

        <Card title={t('link.unitTitle')} testId="unit-links">
          {links.total === 0 ? (
            <p className="py-4 text-center text-sm text-slate-500">{t('link.unitEmpty')}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {links.items.map((l) => (
                <li key={l.id} className="flex flex-wrap items-center gap-x-2 gap-y-1 py-2" data-testid="unit-link-row">
                  <bdi dir="ltr" className="font-mono">
                    {l.fromAsset.tag}
                  </bdi>
                  <span aria-hidden className="inline-block rtl:rotate-180">
                    →
                  </span>
                  <bdi dir="ltr" className="font-mono">
                    {l.toAsset.tag}
                  </bdi>
                  <span className="rounded bg-sky-50 px-1.5 text-xs text-sky-800">{t(`media.${l.medium}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </ToastProvider>
  );
}
