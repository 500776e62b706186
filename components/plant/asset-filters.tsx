import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { localePath } from '@/lib/i18n/locale-path';
import type { Locale } from '@/lib/i18n/locales';
import { ASSET_CRITICALITIES, ASSET_STATUSES, ASSET_TYPES } from '@/lib/plant/asset-schemas';
import { SiteUnitFilter } from './site-unit-filter';

export interface AssetQuery {
  q?: string;
  site_id?: string;
  unit_id?: string;
  type?: string;
  criticality?: string;
  status?: string;
}

interface Place {
  id: string;
  code: string;
  nameAr: string;
  nameEn: string;
}

/** A plain GET form: the filters live in the URL and work without JavaScript; units carry their site. */
export async function AssetFilters({
  locale,
  query,
  sites,
  units,
}: {
  locale: Locale;
  query: AssetQuery;
  sites: Place[];
  units: (Place & { siteId: string })[];
}) {
  const t = await getTranslations('assetsPage');
  const name = (p: Place) => `${p.code} · ${locale === 'ar' ? p.nameAr : p.nameEn}`;
  const select = (field: keyof AssetQuery, options: { value: string; label: string }[]) => (
    <label className="block text-sm">
      <span className="mb-1 block font-medium text-slate-700">{t(`filters.${field}`)}</span>
      <select name={field} defaultValue={query[field] ?? ''} className={inputClass} data-testid={`filter-${field}`}>
        <option value="">{t('filters.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      method="get"
      action={localePath(locale, '/assets')}
      className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4"
      data-testid="asset-filters"
    >
      <label className="block text-sm sm:col-span-2">
        <span className="mb-1 block font-medium text-slate-700">{t('filters.q')}</span>
        <input
          type="search"
          name="q"
          defaultValue={query.q ?? ''}
          placeholder={t('filters.qPlaceholder')}
          className={inputClass}
          data-testid="filter-q"
        />
      </label>
      <SiteUnitFilter
        sites={sites.map((s) => ({ id: s.id, label: name(s) }))}
        units={units.map((u) => ({ id: u.id, siteId: u.siteId, label: name(u) }))}
        site={query.site_id}
        unit={query.unit_id}
        labels={{ site: t('filters.site_id'), unit: t('filters.unit_id'), all: t('filters.all') }}
      />
      {select(
        'type',
        ASSET_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) })),
      )}
      {select(
        'criticality',
        ASSET_CRITICALITIES.map((v) => ({ value: v, label: t(`criticality.${v}`) })),
      )}
      {select(
        'status',
        ASSET_STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) })),
      )}
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass('primary')} data-testid="filters-apply">
          {t('filters.apply')}
        </button>
        <a href={localePath(locale, '/assets')} className={buttonClass('ghost')}>
          {t('filters.reset')}
        </a>
      </div>
    </form>
  );
}
