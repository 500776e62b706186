'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/field';
import { useApiMessage } from '@/components/api/use-api-message';
import { MappingDialog } from './mapping-dialog';
import { browseTags, INTEGRATIONS_KEY } from './integration-requests';

const SHOWN = 200;

/**
 * "Browse": the source's own points (OPC UA address space, historian tags), asked for when the
 * dialog opens, filtered here; "Map" on one opens the mapping dialog for it.
 */
export function BrowseTags({ integrationId }: { integrationId: string }) {
  const t = useTranslations('integrationsUi.browse');
  const tUi = useTranslations('integrationsUi');
  const message = useApiMessage();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [mapping, setMapping] = useState<string | null>(null);
  const query = useQuery({
    queryKey: [...INTEGRATIONS_KEY, integrationId, 'browse'],
    queryFn: ({ signal }) => browseTags(integrationId, signal),
    enabled: open,
    staleTime: 60_000,
  });
  const needle = filter.trim().toLowerCase();
  const tags = (query.data?.tags ?? []).filter((tag) =>
    `${tag.externalTag} ${tag.displayName} ${tag.description ?? ''}`.toLowerCase().includes(needle),
  );

  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)} data-testid="browse-open">
        {t('open')}
      </Button>
      <Dialog
        open={open && !mapping}
        onOpenChange={setOpen}
        title={t('title')}
        closeLabel={tUi('close')}
        testId="browse-dialog"
        wide
      >
        <Input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder={t('filter')}
          aria-label={t('filter')}
          autoComplete="off"
        />
        <div className="mt-3" role="status" aria-live="polite">
          {query.isError ? (
            <p className="text-sm text-red-800">{message(query.error, 'integrationsUi.browse.failed')}</p>
          ) : !query.data ? (
            <p className="text-sm text-slate-500">{t('loading')}</p>
          ) : tags.length === 0 ? (
            <p className="text-sm text-slate-500">{t('empty')}</p>
          ) : (
            <p className="sr-only">{t('count', { count: tags.length })}</p>
          )}
        </div>
        <ul className="mt-2 max-h-[50vh] divide-y divide-slate-100 overflow-y-auto">
          {tags.slice(0, SHOWN).map((tag) => (
            <li key={tag.externalTag} className="flex items-center justify-between gap-3 py-2" data-testid="browse-tag">
              <div className="min-w-0 text-sm">
                <p className="font-medium">{tag.displayName}</p>
                <bdi dir="ltr" className="font-mono text-xs break-all text-slate-600">
                  {tag.externalTag}
                </bdi>
                {(tag.unit || tag.dataType) && (
                  <p className="text-xs text-slate-500">
                    <bdi dir="ltr">{[tag.dataType, tag.unit].filter(Boolean).join(' · ')}</bdi>
                  </p>
                )}
              </div>
              <Button size="sm" onClick={() => setMapping(tag.externalTag)} data-testid="browse-map">
                {t('map')}
              </Button>
            </li>
          ))}
        </ul>
        {tags.length > SHOWN && (
          <p className="mt-2 text-xs text-slate-500">{t('more', { shown: SHOWN, total: tags.length })}</p>
        )}
      </Dialog>
      {mapping && (
        <MappingDialog integrationId={integrationId} externalTag={mapping} onClose={() => setMapping(null)} />
      )}
    </>
  );
}
