'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { KindIcon } from './kind-label';
import { CREATABLE_KINDS } from './kind-forms';

/** Step one of adding an integration: the kinds as cards; a choice opens its form (?kind= in the URL). */
export function KindPicker() {
  const t = useTranslations('integrationsUi');
  return (
    <div>
      <h2 className="mb-3 text-base font-semibold">{t('new.pickKind')}</h2>
      <ul className="grid gap-3 sm:grid-cols-2" data-testid="kind-picker">
        {CREATABLE_KINDS.map((kind) => (
          <li key={kind}>
            <Link
              href={`/integrations/new?kind=${kind}`}
              className="flex h-full items-start gap-3 rounded-lg border border-slate-200 p-4 hover:border-brand-400 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
              data-testid={`kind-${kind}`}
            >
              <span className="rounded-md bg-brand-50 p-2 text-brand-700">
                <KindIcon kind={kind} className="size-6" />
              </span>
              <span className="min-w-0">
                <span className="block font-medium">{t(`kinds.${kind}.name`)}</span>
                <span className="block text-sm text-slate-600">{t(`kinds.${kind}.summary`)}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
