'use client';

import { useMemo, useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { ColumnDef } from '@tanstack/react-table';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { Pager } from '@/components/ui/pager';
import { useToast } from '@/components/ui/toast';
import { QueryState } from '@/components/plant/query-state';
import { useApiMessage } from '@/components/api/use-api-message';
import { Link } from '@/lib/i18n/navigation';
import { TagHealthBadge } from './integration-status-badge';
import { When } from './when';
import { MappingDialog } from './mapping-dialog';
import { CoverageList } from './coverage-list';
import { useConnectorError } from './use-connector-error';
import { deleteMapping, INTEGRATIONS_KEY, listMappings, type MappingView } from './integration-requests';
import { LIVE_REFRESH_MS } from './integrations-manager';

const PAGE_SIZE = 25;

/**
 * The integration's mappings (server pages): external tag → signal (its asset linked), unit, scale
 * and offset, deadband, the tag's health and last value; edit and delete for tenant admins; the
 * coverage of each asset underneath.
 */
export function MappingsTable({ integrationId, canManage }: { integrationId: string; canManage: boolean }) {
  const t = useTranslations('integrationsUi.mappings');
  const tUi = useTranslations('integrationsUi');
  const format = useFormatter();
  const message = useApiMessage();
  const connectorError = useConnectorError();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<MappingView | null>(null);
  const [removing, setRemoving] = useState<MappingView | null>(null);
  const query = useQuery({
    queryKey: [...INTEGRATIONS_KEY, integrationId, 'mappings', page],
    queryFn: ({ signal }) => listMappings(integrationId, { page, pageSize: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: LIVE_REFRESH_MS,
  });
  const remove = useMutation({
    mutationFn: (m: MappingView) => deleteMapping(integrationId, m.id),
    onSuccess: (_, m) => {
      toast(tUi('toasts.mappingDeleted', { tag: m.externalTag }));
      setRemoving(null);
      queryClient.invalidateQueries({ queryKey: INTEGRATIONS_KEY });
    },
  });

  const tag = (m: MappingView) => (
    <bdi dir="ltr" className="font-mono break-all" data-testid="mapping-tag">
      {m.externalTag}
    </bdi>
  );
  const signal = (m: MappingView) => (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <bdi dir="ltr" className="font-mono">
        {m.signal.tag}
      </bdi>
      <Link
        href={`/assets/${m.signal.assetId}`}
        className="text-xs text-brand-700 hover:underline"
        data-testid="mapping-asset-link"
      >
        {m.signal.assetName}
      </Link>
    </span>
  );
  const unit = (m: MappingView) => (
    <bdi dir="ltr" className="text-xs whitespace-nowrap">
      {m.sourceUnit && m.sourceUnit !== m.signal.unit
        ? `${m.sourceUnit} → ${m.signal.unit ?? ''}`
        : (m.signal.unit ?? '—')}
    </bdi>
  );
  const transform = (m: MappingView) => (
    <bdi dir="ltr" className="text-xs whitespace-nowrap tabular-nums">
      × {format.number(m.scale)} {m.offset < 0 ? '−' : '+'} {format.number(Math.abs(m.offset))}
    </bdi>
  );
  const deadband = (m: MappingView) => (
    <bdi dir="ltr" className="text-xs tabular-nums">
      {m.deadband == null ? '—' : format.number(m.deadband)}
    </bdi>
  );
  const health = (m: MappingView) => (
    <div className="space-y-0.5">
      <TagHealthBadge state={m.tagState === 'error' ? 'error' : m.health.state} />
      {m.tagState === 'error' && m.tagErrorCode && (
        <p className="text-xs text-red-800">{connectorError(m.tagErrorCode)}</p>
      )}
    </div>
  );
  const last = (m: MappingView) => (
    <div className="text-xs">
      <bdi dir="ltr" className="text-sm font-semibold tabular-nums" data-testid="mapping-last-value">
        {m.health.lastValue == null ? '—' : format.number(m.health.lastValue, { maximumSignificantDigits: 6 })}
      </bdi>
      <When at={m.health.lastSeenAt} none={t('never')} />
    </div>
  );
  const actions = (m: MappingView) =>
    canManage && (
      <div className="flex gap-1">
        <Button size="sm" variant="ghost" onClick={() => setEditing(m)} data-testid="mapping-edit">
          {t('edit')}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          className="text-red-700"
          onClick={() => setRemoving(m)}
          data-testid="mapping-delete"
        >
          {t('delete')}
        </Button>
      </div>
    );

  const columns = useMemo<ColumnDef<MappingView, unknown>[]>(
    () =>
      (
        [
          ['externalTag', tag],
          ['signal', signal],
          ['unit', unit],
          ['transform', transform],
          ['deadband', deadband],
          ['health', health],
          ['last', last],
        ] as const
      )
        .map(([id, cell]): ColumnDef<MappingView, unknown> => ({
          id,
          header: t(`columns.${id}`),
          cell: ({ row }) => cell(row.original),
        }))
        .concat(
          canManage
            ? [
                {
                  id: 'actions',
                  header: () => <span className="sr-only">{t('columns.actions')}</span>,
                  cell: ({ row }) => actions(row.original),
                },
              ]
            : [],
        ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the cells read only t, format and canManage
    [t, format, canManage, connectorError],
  );

  return (
    <div data-testid="mappings">
      <QueryState query={query} empty={t(canManage ? 'emptyManage' : 'empty')} emptyTestId="mappings-empty">
        {(items) => (
          <DataTable
            columns={columns}
            data={items}
            getRowId={(m) => m.id}
            busy={query.isFetching && query.isPlaceholderData}
            testId="mappings-table"
            rowTestId="mapping-row"
            renderCard={(m) => (
              <div className="space-y-2 text-sm" data-testid="mapping-card">
                <div className="flex items-start justify-between gap-2">
                  <div className="min-w-0">
                    {tag(m)}
                    <div>{signal(m)}</div>
                  </div>
                  {health(m)}
                </div>
                <div className="flex flex-wrap items-center gap-3 text-slate-600">
                  {unit(m)}
                  {transform(m)}
                  <span className="text-xs">
                    {t('columns.deadband')}: {deadband(m)}
                  </span>
                </div>
                {last(m)}
                {actions(m)}
              </div>
            )}
          />
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
      {query.data && query.data.coverage.length > 0 && <CoverageList coverage={query.data.coverage} />}
      {editing && (
        <MappingDialog
          integrationId={integrationId}
          externalTag={editing.externalTag}
          mapping={editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(o) => !o && setRemoving(null)}
        title={t('deleteTitle')}
        body={
          <>
            {t('deleteBody')}{' '}
            <bdi dir="ltr" className="font-mono">
              {removing?.externalTag}
            </bdi>
          </>
        }
        confirmLabel={t('delete')}
        cancelLabel={tUi('form.cancel')}
        onConfirm={() => removing && remove.mutate(removing)}
        pending={remove.isPending}
        error={remove.isError ? message(remove.error) : undefined}
        testId="mapping-delete-dialog"
      />
    </div>
  );
}
