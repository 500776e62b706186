'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { IntegrationKind } from './integration-requests';
import { codeTag } from './code-tag';

/**
 * What a kind without settings does: REST push explains its endpoint, the Idempotency-Key header
 * and where API keys come from; the demo says what it replays.
 */
export function KindPushInfo({ kind, integrationId }: { kind: IntegrationKind; integrationId?: string }) {
  const t = useTranslations('integrationsUi.kinds');
  if (kind !== 'rest_push')
    return (
      <p className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700" data-testid="kind-info">
        {t(`${kind}.about`)}
      </p>
    );
  const example = JSON.stringify(
    { integrationId: integrationId ?? '…', samples: [{ tag: 'FIC-101.PV', ts: '2026-01-01T00:00:00Z', value: 42.5 }] },
    null,
    2,
  );
  return (
    <div className="space-y-3 rounded-lg bg-slate-50 p-3 text-sm text-slate-700" data-testid="kind-info">
      <p>{t.rich('rest_push.about', codeTag)}</p>
      <p>
        <bdi dir="ltr" className="rounded bg-white px-1.5 py-0.5 font-mono ring-1 ring-slate-200">
          POST /api/v1/ingest
        </bdi>
      </p>
      <pre
        dir="ltr"
        className="overflow-x-auto rounded bg-white p-2 text-start font-mono text-xs ring-1 ring-slate-200"
      >
        {example}
      </pre>
      <p>{t.rich('rest_push.idempotency', codeTag)}</p>
      <p>
        {t('rest_push.keys')}{' '}
        <Link
          href="/settings/api-keys"
          className="font-medium text-brand-700 hover:underline"
          data-testid="api-keys-link"
        >
          {t('rest_push.keysLink')}
        </Link>
      </p>
    </div>
  );
}
