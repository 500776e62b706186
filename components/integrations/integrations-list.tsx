'use client';

import { useMemo } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { ColumnDef } from '@tanstack/react-table';
import { DataTable } from '@/components/ui/data-table';
import { Link } from '@/lib/i18n/navigation';
import { IntegrationStatusBadge } from './integration-status-badge';
import { KindLabel } from './kind-label';
import { When } from './when';
import { useConnectorError } from './use-connector-error';
import type { AnyIntegrationView } from './integration-requests';

/**
 * The integrations as a table (cards on phones). Those who may read integrations see the rate and
 * the last error and open the integration; viewers see name, kind, status and last data only.
 */
export function IntegrationsList({
  items,
  detailed,
  busy,
}: {
  items: AnyIntegrationView[];
  detailed: boolean;
  busy: boolean;
}) {
  const t = useTranslations('integrationsUi');
  const format = useFormatter();
  const connectorError = useConnectorError();

  const name = (i: AnyIntegrationView) =>
    detailed ? (
      <Link
        href={`/integrations/${i.id}`}
        className="font-medium text-brand-700 hover:underline"
        data-testid="integration-link"
      >
        {i.name}
      </Link>
    ) : (
      <span className="font-medium">{i.name}</span>
    );
  const rate = (i: AnyIntegrationView) => (
    <span className="tabular-nums" data-testid="integration-rate">
      {t('list.perMinute', { rate: format.number(i.samplesPerMinute ?? 0, { maximumFractionDigits: 1 }) })}
    </span>
  );
  const lastError = (i: AnyIntegrationView) =>
    i.lastError ? (
      <div className="text-xs" data-testid="integration-last-error">
        <p className="text-red-800">{connectorError(i.lastError.code)}</p>
        <When at={i.lastError.at} none="" inline />
      </div>
    ) : (
      <span className="text-slate-400">—</span>
    );
  const enabled = (i: AnyIntegrationView) => (
    <span data-testid="integration-enabled" data-enabled={i.enabled}>
      {t(i.enabled ? 'list.on' : 'list.off')}
    </span>
  );

  const columns = useMemo<ColumnDef<AnyIntegrationView, unknown>[]>(
    () => [
      { id: 'name', header: t('columns.name'), cell: ({ row }) => name(row.original) },
      { id: 'kind', header: t('columns.kind'), cell: ({ row }) => <KindLabel kind={row.original.kind} /> },
      {
        id: 'status',
        header: t('columns.status'),
        cell: ({ row }) => <IntegrationStatusBadge status={row.original.status} />,
      },
      {
        id: 'lastData',
        header: t('columns.lastData'),
        cell: ({ row }) => <When at={row.original.lastDataAt} none={t('list.never')} testId="integration-last-data" />,
      },
      ...(detailed
        ? ([
            { id: 'rate', header: t('columns.rate'), cell: ({ row }) => rate(row.original) },
            { id: 'lastError', header: t('columns.lastError'), cell: ({ row }) => lastError(row.original) },
          ] satisfies ColumnDef<AnyIntegrationView, unknown>[])
        : []),
      { id: 'enabled', header: t('columns.enabled'), cell: ({ row }) => enabled(row.original) },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the cell renderers only read t, format and detailed
    [t, format, detailed, connectorError],
  );

  return (
    <DataTable
      columns={columns}
      data={items}
      getRowId={(i) => i.id}
      busy={busy}
      testId="integrations-table"
      rowTestId="integration-row"
      renderCard={(i) => (
        <div className="space-y-2 text-sm" data-testid="integration-card">
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0 space-y-1">
              <p>{name(i)}</p>
              <p>
                <KindLabel kind={i.kind} />
              </p>
            </div>
            <IntegrationStatusBadge status={i.status} />
          </div>
          <dl className="grid grid-cols-2 gap-x-3 gap-y-2">
            <div>
              <dt className="text-xs text-slate-500">{t('columns.lastData')}</dt>
              <dd>
                <When at={i.lastDataAt} none={t('list.never')} />
              </dd>
            </div>
            {detailed && (
              <div>
                <dt className="text-xs text-slate-500">{t('columns.rate')}</dt>
                <dd>{rate(i)}</dd>
              </div>
            )}
            <div>
              <dt className="text-xs text-slate-500">{t('columns.enabled')}</dt>
              <dd>{enabled(i)}</dd>
            </div>
          </dl>
          {detailed && i.lastError && lastError(i)}
        </div>
      )}
    />
  );
}
