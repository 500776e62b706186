'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { IntegrationCounters as Counters } from './integration-requests';

const ORDER: (keyof Counters)[] = [
  'received',
  'inserted',
  'duplicates',
  'rejectedFuture',
  'rejectedOld',
  'rejectedInvalid',
  'unmapped',
];
const WARN: (keyof Counters)[] = ['rejectedFuture', 'rejectedOld', 'rejectedInvalid', 'unmapped'];

/** What the integration delivered since it was added: received, stored, duplicates and every kind of refusal. */
export function IntegrationCounters({ counters }: { counters: Counters }) {
  const t = useTranslations('integrationsUi.counters');
  const format = useFormatter();
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7" data-testid="integration-counters">
      {ORDER.map((key) => (
        <div key={key} className="rounded-lg border border-slate-200 p-3">
          <dt className="text-xs text-slate-500">{t(key)}</dt>
          <dd
            className={`mt-1 text-lg font-semibold tabular-nums ${WARN.includes(key) && counters[key] > 0 ? 'text-amber-800' : ''}`}
            data-testid={`counter-${key}`}
          >
            {format.number(counters[key] ?? 0)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
