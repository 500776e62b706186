import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** Server-side pagination links that keep the page in the URL. */
export async function Pagination({
  basePath,
  page,
  pageCount,
  total,
}: {
  basePath: string;
  page: number;
  pageCount: number;
  total: number;
}) {
  const t = await getTranslations('pagination');
  const link = 'rounded-md border border-slate-200 bg-white px-3 py-1.5 text-sm hover:bg-slate-50';
  const disabled = 'rounded-md border border-slate-100 px-3 py-1.5 text-sm text-slate-300';
  return (
    <nav
      className="mt-4 flex flex-wrap items-center justify-between gap-2"
      aria-label={t('pageOf', { page, pageCount })}
    >
      <p className="text-sm text-slate-600">
        {t('total', { total })} · {t('pageOf', { page, pageCount })}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={link} href={`${basePath}?page=${page - 1}`} rel="prev">
            {t('previous')}
          </Link>
        ) : (
          <span className={disabled}>{t('previous')}</span>
        )}
        {page < pageCount ? (
          <Link className={link} href={`${basePath}?page=${page + 1}`} rel="next">
            {t('next')}
          </Link>
        ) : (
          <span className={disabled}>{t('next')}</span>
        )}
      </div>
    </nav>
  );
}
