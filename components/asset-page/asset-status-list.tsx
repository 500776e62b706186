import { AssetList, type AssetItem } from '@/components/plant/asset-list';
import type { Locale } from '@/lib/i18n/locales';
import type { PlantActor } from '@/lib/plant/plant-actor';
import { assetListStatus } from '@/lib/trends/asset-list-status';
import { assetStatusColumns } from './asset-status-columns';

/**
 * One page of assets with their health, failure probability and connectivity: the list every
 * plant page shows (assets, a site's, a unit's), read in a fixed number of queries.
 */
export async function AssetStatusList({ ctx, locale, items }: { ctx: PlantActor; locale: Locale; items: AssetItem[] }) {
  const columns = await assetStatusColumns(
    await assetListStatus(
      ctx,
      items.map((a) => a.id),
    ),
  );
  return <AssetList locale={locale} items={items} columns={columns} />;
}
