'use client';

import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { SSO_PROVIDERS, type SsoProvider } from '@/lib/sso/sso-presets';

/** The four presets as a radio group of cards (two columns on wide screens). */
export function ProviderPicker({ value, onChange }: { value: SsoProvider; onChange: (p: SsoProvider) => void }) {
  const t = useTranslations('sso');
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{t('provider')}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {SSO_PROVIDERS.map((provider) => (
          <label
            key={provider}
            data-testid={`sso-provider-${provider}`}
            className={clsx(
              'flex cursor-pointer items-center gap-3 rounded-lg border px-3 py-2.5 text-sm',
              value === provider
                ? 'border-brand-500 bg-brand-50 ring-1 ring-brand-500'
                : 'border-slate-200 hover:border-slate-300',
            )}
          >
            <input
              type="radio"
              name="provider"
              value={provider}
              checked={value === provider}
              onChange={() => onChange(provider)}
              className="accent-brand-600"
            />
            <span className="font-medium">{t(`providers.${provider}`)}</span>
          </label>
        ))}
      </div>
      <p className="mt-2 text-xs text-slate-500" data-testid="sso-provider-hint">
        {t(`providerHints.${value}`)}
      </p>
    </fieldset>
  );
}
