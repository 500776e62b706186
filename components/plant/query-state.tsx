'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { useApiMessage } from '@/components/api/use-api-message';

/**
 * A list loaded in the browser: its error (with a retry), loading and empty states, else
 * `children(items)`.
 */
export function QueryState<T>({
  query,
  empty,
  emptyTestId,
  children,
}: {
  query: UseQueryResult<{ items: T[] }>;
  empty: ReactNode;
  emptyTestId: string;
  children: (items: T[]) => ReactNode;
}) {
  const t = useTranslations('plantUi');
  const message = useApiMessage();
  if (query.isError)
    return (
      <div role="alert" className="py-4 text-center text-sm">
        <p className="mb-2 text-red-800">{message(query.error, 'plantUi.loadError')}</p>
        <Button size="sm" onClick={() => query.refetch()}>
          {t('retry')}
        </Button>
      </div>
    );
  if (!query.data)
    return (
      <p role="status" className="py-4 text-center text-sm text-slate-500">
        {t('loading')}
      </p>
    );
  if (query.data.items.length === 0)
    return (
      <p className="py-4 text-center text-sm text-slate-500" data-testid={emptyTestId}>
        {empty}
      </p>
    );
  return <>{children(query.data.items)}</>;
}
