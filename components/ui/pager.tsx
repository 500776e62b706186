'use client';

import { useTranslations } from 'next-intl';
import { isBeyondLastPage } from '@/lib/http/pagination';
import { Button } from './button';

/**
 * Previous/next paging for client-driven lists (the caller keeps the page, e.g. in the URL). Past the
 * last page of a list that has rows it says so and offers the last page (callers show their own
 * "nothing yet" only when `total` is 0).
 */
export function Pager({
  page,
  pageCount,
  total,
  onPageChange,
}: {
  page: number;
  pageCount: number;
  total: number;
  onPageChange: (page: number) => void;
}) {
  const t = useTranslations('pagination');
  return (
    <>
      {isBeyondLastPage({ page, pageCount, total }) && (
        <p role="status" className="py-8 text-center text-slate-600" data-testid="page-beyond-end">
          {t('beyondEnd', { pageCount })}{' '}
          <Button size="sm" variant="ghost" onClick={() => onPageChange(pageCount)} data-testid="page-last-link">
            {t('lastPage')}
          </Button>
        </p>
      )}
      <nav
        className="mt-4 flex flex-wrap items-center justify-between gap-2"
        aria-label={t('pageOf', { page, pageCount })}
      >
        <p className="text-sm text-slate-600" data-testid="pager-status">
          {t('total', { total })} · {t('pageOf', { page, pageCount })}
        </p>
        <div className="flex gap-2">
          <Button
            size="sm"
            disabled={page <= 1}
            onClick={() => onPageChange(Math.min(page - 1, pageCount))}
            data-testid="pager-prev"
          >
            {t('previous')}
          </Button>
          <Button
            size="sm"
            disabled={page >= pageCount}
            onClick={() => onPageChange(page + 1)}
            data-testid="pager-next"
          >
            {t('next')}
          </Button>
        </div>
      </nav>
    </>
  );
}
