'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';

/** The new key, shown once: a warning, the token in a read-only field, a copy button, a curl example. */
export function SecretReveal({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const t = useTranslations('apiKeys');
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copyToClipboard() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      // No clipboard access (permissions, insecure context): select the text so it can be copied by hand.
      input.current?.select();
      setCopy('failed');
    }
  }

  return (
    <div className="space-y-4" data-testid="api-key-secret-panel">
      <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {t('secretWarning')}
      </p>
      <div>
        <label htmlFor="api-key-secret" className="mb-1 block text-sm font-medium">
          {t('secretLabel', { name })}
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id="api-key-secret"
            ref={input}
            readOnly
            value={secret}
            dir="ltr"
            onFocus={(e) => e.currentTarget.select()}
            data-testid="api-key-secret"
            className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
          />
          <button
            type="button"
            onClick={copyToClipboard}
            data-testid="copy-api-key"
            className="rounded-md border border-brand-600 px-4 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
          >
            {copy === 'copied' ? t('copied') : t('copy')}
          </button>
        </div>
        <p aria-live="polite" className="mt-1 min-h-5 text-xs" data-testid="copy-status">
          {copy === 'copied' && <span className="text-emerald-700">{t('copied')}</span>}
          {copy === 'failed' && <span className="text-red-700">{t('copyFailed')}</span>}
        </p>
      </div>
      <div>
        <p className="mb-1 text-sm text-slate-600">{t('usage')}</p>
        <pre dir="ltr" className="overflow-x-auto rounded-md bg-slate-900 p-3 text-start text-xs text-slate-100">
          {`curl -H "Authorization: Bearer <key>" \\\n  ${typeof window === 'undefined' ? '' : window.location.origin}/api/assets`}
        </pre>
      </div>
      <div className="flex justify-end">
        <button
          type="button"
          onClick={onDone}
          data-testid="api-key-secret-done"
          className="w-full rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 sm:w-auto"
        >
          {t('done')}
        </button>
      </div>
    </div>
  );
}
