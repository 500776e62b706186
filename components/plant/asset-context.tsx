import { getFormatter, getTranslations } from 'next-intl/server';
import { Card, DefinitionList } from '@/components/ui/card';
import type { Locale } from '@/lib/i18n/locales';
import { jsonText } from '@/lib/plant/form-input';
import { AssetFormDialog } from './asset-form-dialog';
import { AssetLinksPanel } from './asset-links-panel';
import { AssetSignalsPanel } from './asset-signals-panel';
import { AssetStatusActions } from './asset-status-actions';
import { RefreshOnPlantChange } from '@/components/asset-page/refresh-on-plant-change';
import type { Asset, Unit } from './plant-requests';

/**
 * One asset in its unit's page: its register data, the actions of those who may change the plant
 * (edit, retire/reactivate, delete), its signals and its links. The asset page, when it lands, can
 * mount the same panels next to its health and charts.
 */
export async function AssetContext({
  locale,
  asset,
  units,
  parent,
  canWrite,
  canWriteSignals,
  deleteBlocked,
}: {
  locale: Locale;
  asset: Asset & { createdAt: Date };
  /** the units it may be moved to */
  units: Unit[];
  parent: { tag: string } | null;
  canWrite: boolean;
  canWriteSignals: boolean;
  /** why it cannot be deleted now (localized), if so */
  deleteBlocked?: string;
}) {
  const t = await getTranslations('plantUi');
  const tAssets = await getTranslations('assetsPage');
  const format = await getFormatter();
  const dash = <span className="text-slate-400">—</span>;
  const ltr = (s: string) => (
    <bdi dir="ltr" className="font-mono">
      {s}
    </bdi>
  );
  const metadata = jsonText(asset.metadata);
  return (
    <Card testId="asset-context">
      {/* Signals and links saved here change what Delete can do: reload the server data then. */}
      <RefreshOnPlantChange assetId={asset.id} />
      <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold break-words" data-testid="asset-context-title">
            {ltr(asset.tag)} · {locale === 'ar' ? asset.nameAr : asset.nameEn}
          </h2>
          <p
            className={asset.status === 'retired' ? 'text-sm text-slate-500' : 'text-sm text-emerald-700'}
            data-testid="asset-status"
          >
            {tAssets(`status.${asset.status}`)}
          </p>
        </div>
        {canWrite && (
          <div className="flex flex-wrap gap-2">
            <AssetFormDialog asset={asset} units={units} size="sm" />
            <AssetStatusActions asset={asset} afterDelete={`/units/${asset.unitId}`} deleteBlocked={deleteBlocked} />
          </div>
        )}
      </div>
      <DefinitionList
        rows={[
          { label: t('fields.nameAr'), value: <span lang="ar">{asset.nameAr}</span> },
          { label: t('fields.nameEn'), value: <span lang="en">{asset.nameEn}</span> },
          { label: t('fields.type'), value: tAssets(`types.${asset.type}`) },
          { label: t('fields.criticality'), value: tAssets(`criticality.${asset.criticality}`) },
          { label: t('fields.parent'), value: parent ? ltr(parent.tag) : dash },
          { label: t('fields.manufacturer'), value: asset.manufacturer ?? dash, testId: 'asset-manufacturer' },
          { label: t('fields.model'), value: asset.model ?? dash },
          {
            label: t('fields.installDate'),
            value: asset.installDate
              ? format.dateTime(new Date(`${asset.installDate}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })
              : dash,
          },
          {
            label: t('fields.metadata'),
            value: metadata ? (
              <code dir="ltr" className="block font-mono text-xs break-all whitespace-pre-wrap">
                {metadata}
              </code>
            ) : (
              dash
            ),
          },
        ]}
      />
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <AssetSignalsPanel assetId={asset.id} canWrite={canWriteSignals} />
        <AssetLinksPanel asset={asset} canWrite={canWrite} />
      </div>
    </Card>
  );
}
