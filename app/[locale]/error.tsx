'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <main className="grid min-h-[70vh] place-items-center p-6 text-center">
      <div role="alert">
        <h1 className="text-2xl font-semibold">{t('errorTitle')}</h1>
        <p className="mt-2 max-w-md text-slate-600">{t('errorBody')}</p>
        {error.digest && (
          <p className="mt-2 text-sm text-slate-500">
            {t('reference')}: <span className="ltr-isolate font-mono">{error.digest}</span>
          </p>
        )}
        <button onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
          {t('retry')}
        </button>
      </div>
    </main>
  );
}
