import { getTranslations } from 'next-intl/server';

/** Shown while the list loads: the card's shape, announced as busy. */
export async function ApiKeysSkeleton() {
  const t = await getTranslations('apiKeys');
  return (
    <div
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
      aria-busy="true"
      data-testid="api-keys-loading"
    >
      <p className="sr-only" role="status">
        {t('loading')}
      </p>
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-12 animate-pulse rounded bg-slate-100" />
      ))}
    </div>
  );
}
