import { getFormatter, getTranslations } from 'next-intl/server';
import type { AssetColumn } from '@/components/plant/asset-list';
import type { AssetListStatus } from '@/lib/trends/asset-list-status';
import { ConnectivityBadge, HealthStatusBadge } from './health-status-badge';

/** The health, failure probability and connectivity columns of an asset list (table and cards). */
export async function assetStatusColumns(status: Map<string, AssetListStatus>): Promise<AssetColumn[]> {
  const t = await getTranslations('assetPage');
  const format = await getFormatter();
  return [
    {
      key: 'health',
      header: t('health.title'),
      cell: (a) => {
        const h = status.get(a.id)?.health;
        const s = h?.status ?? 'unknown';
        return (
          <HealthStatusBadge
            status={s}
            label={t(`health.status.${s}`)}
            score={h?.score != null ? format.number(h.score, { maximumFractionDigits: 0 }) : undefined}
          />
        );
      },
    },
    {
      key: 'probability',
      header: t('list.probability'),
      cell: (a) => {
        const p = status.get(a.id)?.health?.failureProbability;
        return (
          <span className="tabular-nums" data-testid="asset-probability">
            {p == null ? '—' : format.number(p, { style: 'percent', maximumFractionDigits: 1 })}
          </span>
        );
      },
    },
    {
      key: 'connectivity',
      header: t('list.connectivity'),
      cell: (a) => {
        const c = status.get(a.id)?.connectivity ?? 'none';
        return <ConnectivityBadge connectivity={c} label={t(`signals.connectivity.${c}`)} />;
      },
    },
  ];
}
