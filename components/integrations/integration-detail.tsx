'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ToastProvider } from '@/components/ui/toast';
import { useApiMessage } from '@/components/api/use-api-message';
import { IntegrationActions } from './integration-actions';
import { IntegrationCounters } from './integration-counters';
import { IntegrationStatusBadge } from './integration-status-badge';
import { KindLabel } from './kind-label';
import { KindPushInfo } from './kind-push-info';
import { MappingsTable } from './mappings-table';
import { UnmappedTags } from './unmapped-tags';
import { BrowseTags } from './browse-tags';
import { TestConnection } from './test-connection';
import { When } from './when';
import { useConnectorError } from './use-connector-error';
import { KIND_FORMS } from './kind-forms';
import { getIntegration, integrationKey, type IntegrationView } from './integration-requests';
import { LIVE_REFRESH_MS } from './integrations-manager';

/**
 * One integration, kept fresh while open: status, rate and last data, counters, last error,
 * the admin's actions, then its mappings, the tags seen but not mapped yet and (for kinds that
 * can) browsing the source. `initial` is the server's render of it.
 */
export function IntegrationDetail(props: { id: string; initial?: IntegrationView; canManage: boolean }) {
  const t = useTranslations('integrationsUi');
  return (
    <ToastProvider closeLabel={t('close')}>
      <Detail {...props} />
    </ToastProvider>
  );
}

function Detail({ id, initial, canManage }: { id: string; initial?: IntegrationView; canManage: boolean }) {
  const t = useTranslations('integrationsUi');
  const format = useFormatter();
  const message = useApiMessage();
  const connectorError = useConnectorError();
  const query = useQuery({
    queryKey: integrationKey(id),
    queryFn: ({ signal }) => getIntegration(id, signal),
    initialData: initial,
    refetchInterval: LIVE_REFRESH_MS,
  });
  const integration = query.data;
  if (!integration)
    return query.isError ? (
      <div role="alert" className="py-10 text-center" data-testid="integration-error">
        <p className="mb-3 text-red-800">{message(query.error, 'integrationsUi.loadOneError')}</p>
        <Button onClick={() => query.refetch()}>{t('retry')}</Button>
      </div>
    ) : (
      <p role="status" className="py-10 text-center text-slate-500" data-testid="integration-loading">
        {t('loadingOne')}
      </p>
    );
  const form = KIND_FORMS[integration.kind];

  return (
    <div className="space-y-4">
      <Card testId="integration-header">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 space-y-2">
            <h1 className="text-2xl font-semibold break-words" data-testid="integration-name-heading">
              {integration.name}
            </h1>
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <KindLabel kind={integration.kind} />
              <IntegrationStatusBadge status={integration.status} />
              {!integration.enabled && <span className="text-slate-500">{t('list.off')}</span>}
            </div>
          </div>
          {canManage && <IntegrationActions integration={integration} />}
        </div>
        {query.isError && (
          <p role="alert" className="mt-3 text-sm text-amber-900">
            {message(query.error, 'integrationsUi.refreshError')}{' '}
            <Button size="sm" variant="ghost" onClick={() => query.refetch()}>
              {t('retry')}
            </Button>
          </p>
        )}
        <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-xs text-slate-500">{t('columns.lastData')}</dt>
            <dd>
              <When at={integration.lastDataAt} none={t('list.never')} testId="integration-last-data" />
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{t('columns.rate')}</dt>
            <dd className="font-medium tabular-nums" data-testid="integration-rate">
              {t('list.perMinute', { rate: format.number(integration.samplesPerMinute, { maximumFractionDigits: 1 }) })}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{t('columns.lastError')}</dt>
            <dd data-testid="integration-last-error">
              {integration.lastError ? (
                <>
                  <p className="font-medium text-red-800">{connectorError(integration.lastError.code)}</p>
                  {integration.lastError.detail && (
                    <p className="text-xs break-all text-slate-600">
                      <bdi dir="ltr" className="font-mono">
                        {integration.lastError.detail}
                      </bdi>
                    </p>
                  )}
                  <When at={integration.lastError.at} none="" />
                </>
              ) : (
                <span className="text-slate-500">{t('detail.noError')}</span>
              )}
            </dd>
          </div>
        </dl>
        {canManage && form.connects && (
          <div className="mt-4">
            <TestConnection
              build={() => ({ kind: integration.kind, config: integration.config, integrationId: integration.id })}
            />
          </div>
        )}
      </Card>

      <Card title={t('detail.counters')}>
        <IntegrationCounters counters={integration.counters} />
      </Card>

      {!form.connects && integration.kind === 'rest_push' && (
        <Card title={t('detail.howToSend')}>
          <KindPushInfo kind={integration.kind} integrationId={integration.id} />
        </Card>
      )}

      <Card
        testId="integration-mappings"
        title={
          <span className="flex flex-wrap items-center justify-between gap-2">
            {t('detail.mappings')}
            {canManage && form.browses && <BrowseTags integrationId={integration.id} />}
          </span>
        }
      >
        <MappingsTable integrationId={integration.id} canManage={canManage} />
      </Card>

      <Card title={t('detail.unmapped')} testId="integration-unmapped">
        <p className="mb-2 text-sm text-slate-600">{t('detail.unmappedHint')}</p>
        <UnmappedTags integrationId={integration.id} canManage={canManage} />
      </Card>
    </div>
  );
}
