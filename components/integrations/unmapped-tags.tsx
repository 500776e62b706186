'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/plant/query-state';
import { When } from './when';
import { MappingDialog } from './mapping-dialog';
import { INTEGRATIONS_KEY, listUnmappedTags } from './integration-requests';
import { LIVE_REFRESH_MS } from './integrations-manager';

const PAGE_SIZE = 20;

/**
 * The tags this integration received that no mapping takes yet, newest first, with their last
 * value: "Map" picks the signal they feed. Kept fresh while the page is open.
 */
export function UnmappedTags({ integrationId, canManage }: { integrationId: string; canManage: boolean }) {
  const t = useTranslations('integrationsUi.unmapped');
  const format = useFormatter();
  const [page, setPage] = useState(1);
  const [mapping, setMapping] = useState<string | null>(null);
  const query = useQuery({
    queryKey: [...INTEGRATIONS_KEY, integrationId, 'unmapped', page],
    queryFn: ({ signal }) => listUnmappedTags(integrationId, { page, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: LIVE_REFRESH_MS,
  });

  return (
    <div data-testid="unmapped-tags">
      <QueryState query={query} empty={t('empty')} emptyTestId="unmapped-empty">
        {(items) => (
          <ul className="divide-y divide-slate-100">
            {items.map((tag) => (
              <li
                key={tag.externalTag}
                className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2"
                data-testid="unmapped-tag"
                data-tag={tag.externalTag}
              >
                <div className="min-w-0">
                  <bdi dir="ltr" className="font-mono text-sm break-all" data-testid="unmapped-tag-name">
                    {tag.externalTag}
                  </bdi>
                  <p className="text-xs text-slate-500">{t('count', { count: tag.count })}</p>
                </div>
                <div className="flex flex-wrap items-center gap-3 text-sm">
                  <span>
                    <span className="text-xs text-slate-500">{t('lastValue')} </span>
                    <bdi dir="ltr" className="font-semibold tabular-nums" data-testid="unmapped-tag-value">
                      {tag.lastValue == null ? '—' : format.number(tag.lastValue, { maximumSignificantDigits: 6 })}
                    </bdi>
                  </span>
                  <span className="text-xs">
                    <When at={tag.lastSeenAt} none="—" inline />
                  </span>
                  {canManage && (
                    <Button
                      size="sm"
                      variant="primary"
                      onClick={() => setMapping(tag.externalTag)}
                      data-testid="unmapped-map"
                    >
                      {t('map')}
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {query.data && query.data.total > PAGE_SIZE && (
        <Pager
          page={query.data.page}
          pageCount={query.data.pageCount}
          total={query.data.total}
          onPageChange={setPage}
        />
      )}
      {mapping && (
        <MappingDialog integrationId={integrationId} externalTag={mapping} onClose={() => setMapping(null)} />
      )}
    </div>
  );
}
