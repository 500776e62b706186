'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { useApiMessage } from '@/components/api/use-api-message';
import { useConnectorError } from './use-connector-error';
import { testConnection, type TestConnectionResult } from './integration-requests';

export type TestRequest = Parameters<typeof testConnection>[0];

/**
 * "Test connection": asks the API to connect once with the settings as typed (saved or not; an
 * integration's stored secrets fill in what is left empty) and says what happened — reached in
 * N ms, or the localized reason with the technical detail. `build` returns null when the form's
 * own check failed (the form then shows its errors).
 */
export function TestConnection({ build }: { build: () => TestRequest | null }) {
  const t = useTranslations('integrationsUi.test');
  const format = useFormatter();
  const message = useApiMessage();
  const connectorError = useConnectorError();
  const mutation = useMutation({ mutationFn: testConnection });
  const result: TestConnectionResult | undefined = mutation.data;

  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50 p-3" data-testid="test-connection">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          onClick={() => {
            const request = build();
            if (request) mutation.mutate(request);
            else mutation.reset();
          }}
          disabled={mutation.isPending}
          data-testid="test-connection-button"
        >
          {mutation.isPending ? t('testing') : t('button')}
        </Button>
        <p className="text-xs text-slate-500">{t('hint')}</p>
      </div>
      <div role="status" aria-live="polite" className="mt-2 text-sm empty:mt-0">
        {mutation.isError && (
          <p className="text-red-800" data-testid="test-connection-result" data-ok="false">
            {message(mutation.error, 'integrationsUi.test.failed')}
          </p>
        )}
        {result?.ok === true && (
          <p className="font-medium text-emerald-800" data-testid="test-connection-result" data-ok="true">
            <span aria-hidden>✓ </span>
            {t('ok', { ms: format.number(result.latencyMs, { maximumFractionDigits: 0 }) })}
          </p>
        )}
        {result?.ok === false && (
          <div className="text-red-800" data-testid="test-connection-result" data-ok="false" data-code={result.code}>
            <p className="font-medium">
              <span aria-hidden>✕ </span>
              {connectorError(result.code)}
            </p>
            {result.detail && (
              <p className="mt-1 text-xs text-slate-600">
                {t('detail')}{' '}
                <bdi dir="ltr" className="font-mono break-all">
                  {result.detail}
                </bdi>
              </p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
