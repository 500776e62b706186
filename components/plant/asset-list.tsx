import type { ReactNode } from 'react';
import clsx from 'clsx';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { assetHref } from '@/lib/plant/plant-paths';

export interface AssetItem {
  id: string;
  unitId: string;
  tag: string;
  nameAr: string;
  nameEn: string;
  type: string;
  criticality: string;
  status: string;
  unit: { code: string; nameAr: string; nameEn: string };
}

const CRITICALITY_STYLE: Record<string, string> = {
  A: 'bg-red-50 text-red-800 ring-red-200',
  B: 'bg-amber-50 text-amber-900 ring-amber-200',
  C: 'bg-slate-50 text-slate-700 ring-slate-200',
};

/** A column a page adds (e.g. health, connectivity): shown in the table and in each card. */
export interface AssetColumn {
  key: string;
  header: ReactNode;
  cell: (asset: AssetItem) => ReactNode;
}

/**
 * Assets as a table on wide screens and as cards on phones (same data, same order). The tag links
 * to the asset's context (assetHref); `columns` are added after the built-in ones.
 */
export async function AssetList({
  locale,
  items,
  columns = [],
}: {
  locale: Locale;
  items: AssetItem[];
  columns?: AssetColumn[];
}) {
  const t = await getTranslations('assetsPage');
  const name = (x: { nameAr: string; nameEn: string }) => (locale === 'ar' ? x.nameAr : x.nameEn);
  const badge = (c: string) => (
    <span
      className={clsx('inline-block rounded px-2 py-0.5 text-xs font-medium ring-1', CRITICALITY_STYLE[c])}
      title={t(`criticality.${c}`)}
    >
      {t(`criticalityShort.${c}`)}
    </span>
  );
  const status = (s: string) => (
    <span className={clsx('text-sm', s === 'retired' ? 'text-slate-400' : 'text-emerald-700')}>{t(`status.${s}`)}</span>
  );
  // Tags and codes are technical identifiers: left-to-right isolates inside Arabic text.
  const tag = (s: string) => (
    <bdi dir="ltr" className="font-mono text-sm">
      {s}
    </bdi>
  );
  const assetLink = (a: AssetItem) => (
    <Link href={assetHref(a)} className="text-brand-700 hover:underline" data-testid="asset-link">
      {tag(a.tag)}
    </Link>
  );

  return (
    <>
      <table className="hidden w-full text-start text-sm md:table" data-testid="assets-table">
        <thead className="border-b border-slate-200 text-slate-500">
          <tr>
            <th className="py-2 pe-3 text-start font-medium">{t('columns.tag')}</th>
            <th className="py-2 pe-3 text-start font-medium">{t('columns.name')}</th>
            <th className="py-2 pe-3 text-start font-medium">{t('columns.type')}</th>
            <th className="py-2 pe-3 text-start font-medium">{t('columns.unit')}</th>
            <th className="py-2 pe-3 text-start font-medium">{t('columns.criticality')}</th>
            <th className="py-2 pe-3 text-start font-medium">{t('columns.status')}</th>
            {columns.map((c) => (
              <th key={c.key} className="py-2 pe-3 text-start font-medium">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} className="border-b border-slate-100 last:border-0" data-testid="asset-row">
              <td className="py-2 pe-3">{assetLink(a)}</td>
              <td className="py-2 pe-3">{name(a)}</td>
              <td className="py-2 pe-3">{t(`types.${a.type}`)}</td>
              <td className="py-2 pe-3">
                {tag(a.unit.code)} <span className="text-slate-500">{name(a.unit)}</span>
              </td>
              <td className="py-2 pe-3">{badge(a.criticality)}</td>
              <td className="py-2 pe-3">{status(a.status)}</td>
              {columns.map((c) => (
                <td key={c.key} className="py-2 pe-3">
                  {c.cell(a)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-3 md:hidden" data-testid="assets-cards">
        {items.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 p-3" data-testid="asset-card">
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="font-medium">{name(a)}</p>
                <p className="text-slate-600">{assetLink(a)}</p>
              </div>
              {badge(a.criticality)}
            </div>
            <p className="mt-2 text-sm text-slate-600">
              {t(`types.${a.type}`)} · {name(a.unit)} · {status(a.status)}
            </p>
            {columns.map((c) => (
              <p key={c.key} className="mt-1 text-sm text-slate-600">
                {c.header}: {c.cell(a)}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
