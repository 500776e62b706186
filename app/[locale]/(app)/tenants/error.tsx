'use client';

import { useTranslations } from 'next-intl';

/** The tenant pages' error state: say so, offer a retry (the layout and sidebar stay). */
export default function TenantsError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('tenants');
  return (
    <div
      role="alert"
      className="mx-auto max-w-xl rounded-xl border border-red-200 bg-red-50 p-6 text-center"
      data-testid="tenants-error"
    >
      <p className="font-medium text-red-900">{t('loadError')}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-white px-4 py-2 text-sm font-medium text-red-900 shadow-sm hover:bg-red-100"
      >
        {t('retry')}
      </button>
    </div>
  );
}
