import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { isBeyondLastPage } from '@/lib/http/pagination';

/**
 * Server-side pagination links that keep the page's other URL parameters (its filters). Past the
 * last page of a list that has rows (a stale or hand-edited `?page=`) it says the page is empty and
 * links to the last page — pages show their own "nothing yet" only when `total` is 0.
 */
export async function QueryPagination({
  basePath,
  params = {},
  page,
  pageCount,
  total,
}: {
  basePath: string;
  params?: Record<string, string | undefined>;
  page: number;
  pageCount: number;
  total: number;
}) {
  const t = await getTranslations('pagination');
  const href = (p: number) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== 'page') query.set(k, v);
    if (p > 1) query.set('page', String(p));
    const s = query.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  const link = 'rounded-md border border-slate-200 bg-white px-3 py-1.5 text-sm hover:bg-slate-50';
  const disabled = 'rounded-md border border-slate-100 px-3 py-1.5 text-sm text-slate-300';
  return (
    <>
      {isBeyondLastPage({ page, pageCount, total }) && (
        <p role="status" className="py-8 text-center text-slate-600" data-testid="page-beyond-end">
          {t('beyondEnd', { pageCount })}{' '}
          <Link href={href(pageCount)} className="text-brand-700 underline" data-testid="page-last-link">
            {t('lastPage')}
          </Link>
        </p>
      )}
      <nav
        className="mt-4 flex flex-wrap items-center justify-between gap-2"
        aria-label={t('pageOf', { page, pageCount })}
        data-testid="pagination"
      >
        <p className="text-sm text-slate-600">
          {t('total', { total })} · {t('pageOf', { page, pageCount })}
        </p>
        <div className="flex gap-2">
          {page > 1 ? (
            <Link className={link} href={href(Math.min(page - 1, pageCount))} rel="prev">
              {t('previous')}
            </Link>
          ) : (
            <span className={disabled}>{t('previous')}</span>
          )}
          {page < pageCount ? (
            <Link className={link} href={href(page + 1)} rel="next">
              {t('next')}
            </Link>
          ) : (
            <span className={disabled}>{t('next')}</span>
          )}
        </div>
      </nav>
    </>
  );
}
