'use client';

import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card } from '@/components/ui/card';
import { Button, buttonClass } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';
import { useApiMessage } from '@/components/api/use-api-message';
import { Link, usePathname, useRouter } from '@/lib/i18n/navigation';
import { IntegrationsList } from './integrations-list';
import { INTEGRATIONS_KEY, listIntegrations } from './integration-requests';

const PAGE_SIZE = 25;
/** Status and rates change by themselves (the worker writes them): the list asks again this often. */
export const LIVE_REFRESH_MS = 5_000;

/**
 * The integrations list (page in the URL, server pagination), refreshed while open: loading, error
 * with retry, and an empty state that invites a tenant admin to add the first one.
 */
export function IntegrationsManager({ canManage, detailed }: { canManage: boolean; detailed: boolean }) {
  const t = useTranslations('integrationsUi');
  const message = useApiMessage();
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const raw = Number(search.get('page'));
  const page = Number.isInteger(raw) && raw > 0 ? raw : 1;
  const list = useQuery({
    queryKey: [...INTEGRATIONS_KEY, 'list', page],
    queryFn: ({ signal }) => listIntegrations({ page, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: LIVE_REFRESH_MS,
  });
  const { data } = list;

  return (
    <Card>
      {canManage && data && data.total > 0 && (
        <div className="mb-3 flex justify-end">
          <Link href="/integrations/new" className={buttonClass('primary')} data-testid="integration-add">
            {t('add')}
          </Link>
        </div>
      )}
      {list.isError && !data ? (
        <div role="alert" className="py-10 text-center" data-testid="integrations-error">
          <p className="mb-3 text-red-800">{message(list.error, 'integrationsUi.loadError')}</p>
          <Button onClick={() => list.refetch()}>{t('retry')}</Button>
        </div>
      ) : !data ? (
        <p className="py-10 text-center text-slate-500" role="status" data-testid="integrations-loading">
          {t('loading')}
        </p>
      ) : data.total === 0 ? (
        <div className="py-10 text-center" data-testid="integrations-empty">
          <p className="text-slate-700">{t('empty')}</p>
          <p className="mt-1 text-sm text-slate-500">{t(canManage ? 'emptyManage' : 'emptyRead')}</p>
          {canManage && (
            <Link
              href="/integrations/new"
              className={`${buttonClass('primary')} mt-4`}
              data-testid="integration-add-first"
            >
              {t('addFirst')}
            </Link>
          )}
        </div>
      ) : (
        <IntegrationsList items={data.items} detailed={detailed} busy={list.isFetching && list.isPlaceholderData} />
      )}
      {data && data.total > 0 && (
        <Pager
          page={data.page}
          pageCount={data.pageCount}
          total={data.total}
          onPageChange={(next) => router.replace(next > 1 ? `${pathname}?page=${next}` : pathname, { scroll: false })}
        />
      )}
    </Card>
  );
}
