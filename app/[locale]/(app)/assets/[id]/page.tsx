import { cache } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Card, DefinitionList } from '@/components/ui/card';
import { ToastProvider } from '@/components/ui/toast';
import { AssetFormDialog } from '@/components/plant/asset-form-dialog';
import { AssetLinksPanel } from '@/components/plant/asset-links-panel';
import { AssetStatusActions } from '@/components/plant/asset-status-actions';
import { BackLink } from '@/components/ui/back-link';
import { AssetHealthCard } from '@/components/asset-page/asset-health-card';
import { RefreshOnPlantChange } from '@/components/asset-page/refresh-on-plant-change';
import { LiveRefresh } from '@/components/asset-page/live-refresh';
import { SignalLatestList } from '@/components/asset-page/signal-latest-list';
import { SignalTrends } from '@/components/asset-page/signal-trends';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/locales';
import { latestHealth } from '@/lib/health/latest-health';
import { requirePage, visiblePage } from '@/lib/navigation/require-page';
import { allows } from '@/lib/rbac/permissions';
import { getAsset } from '@/lib/plant/list-assets';
import { listChildAssets } from '@/lib/plant/list-child-assets';
import { listSignals, ZListSignals } from '@/lib/plant/list-signals';
import { listUnits, ZListUnits } from '@/lib/plant/list-units';
import { orNull } from '@/lib/plant/load-for-page';
import { assetDeleteBlocker } from '@/lib/plant/delete-asset';
import { assetHref, siteHref, unitHref } from '@/lib/plant/plant-paths';
import { latestValues } from '@/lib/timeseries/latest-values';
import { mappedSignalIds, signalProvenance } from '@/lib/integrations/signal-provenance';

type Params = Promise<{ locale: string; id: string }>;

/** The asset for the page and its title (one query per request); null for anyone who may not see it. */
const load = cache(async (id: string) => {
  const page = await visiblePage('assets');
  return page ? orNull(() => getAsset(page.ctx, id)) : null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const [asset, t] = await Promise.all([load(id), getTranslations({ locale })]);
  if (!asset) return { title: t('errors.notFoundTitle') };
  return { title: `${locale === 'ar' ? asset.nameAr : asset.nameEn} · ${t('assetsPage.title')}` };
}

/**
 * One asset: register data, writers' actions, health with its factors, signals with their newest
 * value and connectivity, trend charts (range in the URL), and process-flow links.
 */
export default async function AssetPage({ params }: { params: Params }) {
  const { locale: raw, id } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : 'ar';
  const { ctx } = await requirePage('assets');
  const asset = (await load(id)) ?? notFound();
  const tenantId = ctx.tenantId!;
  const [signalPage, health, children, parent, units] = await Promise.all([
    listSignals(ctx, ZListSignals.parse({ asset_id: asset.id, pageSize: 100 })),
    latestHealth(tenantId, [asset.id]),
    listChildAssets(ctx, asset.id),
    asset.parentId ? orNull(() => getAsset(ctx, asset.parentId!)) : null,
    listUnits(ctx, ZListUnits.parse({ site_id: asset.unit.siteId, pageSize: 100 })),
  ]);
  const signals = signalPage.items;
  const signalIds = signals.map((s) => s.id);
  const [latest, provenance, mapped] = await Promise.all([
    latestValues(tenantId, signalIds),
    signalProvenance(tenantId, signalIds),
    mappedSignalIds(tenantId, signalIds),
  ]);
  const canWrite = allows(ctx, 'assets.manage');
  const blocked = canWrite ? await assetDeleteBlocker(ctx, asset.id) : null;
  const tRoot = await getTranslations();
  const t = await getTranslations('assetPage');
  const tPlant = await getTranslations('plantUi');
  const tAssets = await getTranslations('assetsPage');
  const format = await getFormatter();
  const name = (x: { nameAr: string; nameEn: string }) => (locale === 'ar' ? x.nameAr : x.nameEn);
  const dash = <span className="text-slate-400">—</span>;
  const ltr = (s: string) => (
    <bdi dir="ltr" className="font-mono">
      {s}
    </bdi>
  );
  const assetLink = (a: { id: string; unitId: string; tag: string; nameAr: string; nameEn: string }) => (
    <Link href={assetHref(a)} className="text-brand-700 hover:underline" data-testid="related-asset">
      {ltr(a.tag)} <span className="text-slate-600">{name(a)}</span>
    </Link>
  );
  const plainSignals = signals.map((s) => ({
    id: s.id,
    assetId: s.assetId,
    tag: s.tag,
    description: s.description,
    unit: s.unit,
    kind: s.kind,
    criticalLow: s.criticalLow,
    warningLow: s.warningLow,
    normalLow: s.normalLow,
    normalHigh: s.normalHigh,
    warningHigh: s.warningHigh,
    criticalHigh: s.criticalHigh,
    sampleIntervalSeconds: s.sampleIntervalSeconds,
  }));

  return (
    <ToastProvider closeLabel={tPlant('close')}>
      <RefreshOnPlantChange assetId={asset.id} />
      <LiveRefresh />
      <div className="mx-auto max-w-6xl space-y-4">
        <BackLink href="/assets">{t('back')}</BackLink>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-2xl font-semibold break-words" data-testid="asset-title">
              {name(asset)}
            </h1>
            <p className="text-sm text-slate-500">
              {ltr(asset.tag)} ·{' '}
              <span lang={locale === 'ar' ? 'en' : 'ar'}>{locale === 'ar' ? asset.nameEn : asset.nameAr}</span> ·{' '}
              <span className={asset.status === 'retired' ? '' : 'text-emerald-700'} data-testid="asset-status">
                {tAssets(`status.${asset.status}`)}
              </span>
            </p>
          </div>
          {canWrite && (
            <div className="flex flex-wrap gap-2">
              <AssetFormDialog asset={asset} units={units.items} size="sm" />
              <AssetStatusActions
                asset={asset}
                afterDelete="/assets"
                deleteBlocked={blocked ? tRoot(blocked.messageKey) : undefined}
              />
            </div>
          )}
        </div>

        <div className="grid gap-4 lg:grid-cols-2">
          <AssetHealthCard
            health={health.get(asset.id) ?? null}
            signals={new Map(signals.map((s) => [s.id, { tag: s.tag, unit: s.unit }]))}
          />
          <Card title={t('details')} testId="asset-details">
            <DefinitionList
              rows={[
                { label: tPlant('fields.type'), value: tAssets(`types.${asset.type}`) },
                {
                  label: tPlant('fields.criticality'),
                  value: (
                    <span data-testid="asset-criticality">
                      {tAssets(`criticality.${asset.criticality}`)}
                      <span className="block text-xs text-slate-500">
                        {t(`criticalityMeaning.${asset.criticality}`)}
                      </span>
                    </span>
                  ),
                },
                {
                  label: t('unit'),
                  value: (
                    <Link
                      href={unitHref(asset.unitId)}
                      className="text-brand-700 hover:underline"
                      data-testid="asset-unit"
                    >
                      {ltr(asset.unit.code)} {name(asset.unit)}
                    </Link>
                  ),
                },
                {
                  label: t('site'),
                  value: (
                    <Link
                      href={siteHref(asset.unit.siteId)}
                      className="text-brand-700 hover:underline"
                      data-testid="asset-site"
                    >
                      {t('siteLink')}
                    </Link>
                  ),
                },
                { label: tPlant('fields.manufacturer'), value: asset.manufacturer ?? dash },
                { label: tPlant('fields.model'), value: asset.model ?? dash },
                {
                  label: tPlant('fields.installDate'),
                  value: asset.installDate
                    ? format.dateTime(new Date(`${asset.installDate}T00:00:00Z`), {
                        dateStyle: 'medium',
                        timeZone: 'UTC',
                      })
                    : dash,
                },
                { label: tPlant('fields.parent'), value: parent ? assetLink(parent) : dash },
                {
                  label: t('children'),
                  value:
                    children.length === 0 ? (
                      dash
                    ) : (
                      <ul className="space-y-1" data-testid="asset-children">
                        {children.map((c) => (
                          <li key={c.id}>{assetLink(c)}</li>
                        ))}
                      </ul>
                    ),
                },
              ]}
            />
          </Card>
        </div>

        <Card title={t('signals.title')} testId="asset-signals-card">
          <SignalLatestList
            assetId={asset.id}
            signals={plainSignals}
            latest={latest}
            provenance={provenance}
            mapped={mapped}
            now={new Date()}
            canWrite={allows(ctx, 'signals.manage')}
          />
        </Card>

        <Card title={t('trends.title')} testId="asset-trends">
          <SignalTrends signals={plainSignals} />
        </Card>

        <Card testId="asset-links-card">
          <AssetLinksPanel asset={asset} canWrite={canWrite} />
        </Card>
      </div>
    </ToastProvider>
  );
}
