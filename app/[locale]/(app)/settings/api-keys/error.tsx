'use client';

import { useTranslations } from 'next-intl';

/** The list could not be loaded: say so and offer a retry, keeping the app shell around it. */
export default function ApiKeysError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <div className="mx-auto max-w-6xl">
      <div
        role="alert"
        className="rounded-xl border border-red-200 bg-white p-6 text-center"
        data-testid="api-keys-error"
      >
        <h1 className="text-lg font-semibold">{t('apiKeys.title')}</h1>
        <p className="mt-2 text-slate-600">{t('apiKeys.loadError')}</p>
        {error.digest && (
          <p className="mt-2 text-sm text-slate-500">
            {t('errors.reference')}: <span className="ltr-isolate font-mono">{error.digest}</span>
          </p>
        )}
        <button
          onClick={reset}
          className="mt-4 rounded-md bg-brand-600 px-4 py-2 text-sm text-white hover:bg-brand-700"
        >
          {t('apiKeys.retry')}
        </button>
      </div>
    </div>
  );
}
