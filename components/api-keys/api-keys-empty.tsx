import { getTranslations } from 'next-intl/server';

export async function ApiKeysEmpty() {
  const t = await getTranslations('apiKeys');
  return (
    <div className="py-10 text-center" data-testid="api-keys-empty">
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        className="mx-auto size-10 text-slate-300"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <circle cx="8" cy="15" r="4" />
        <path d="M10.8 12.2 20 3m-4 4 3 3m-6 0 2 2" />
      </svg>
      <p className="mt-3 font-medium">{t('empty')}</p>
      <p className="mt-1 text-sm text-slate-500">{t('emptyHint')}</p>
    </div>
  );
}
