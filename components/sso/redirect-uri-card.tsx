'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { SSO_SCOPES } from '@/lib/sso/sso-presets';

/** What the admin registers at the IdP: the redirect URI (copyable) and the scopes. */
export function RedirectUriCard({ redirectUri }: { redirectUri: string }) {
  const t = useTranslations('sso');
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(redirectUri);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard refused (insecure origin): the value stays selectable.
    }
  };
  return (
    <Card title={t('registerTitle')}>
      <p className="mb-3 text-sm text-slate-600">{t('registerHelp')}</p>
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="text-slate-500">{t('redirectUri')}</dt>
          <dd className="mt-1 flex items-center gap-2">
            <code
              dir="ltr"
              data-testid="sso-redirect-uri"
              className="min-w-0 flex-1 truncate rounded-md bg-slate-100 px-2 py-1.5 text-start font-mono text-xs select-all"
            >
              {redirectUri}
            </code>
            <button
              type="button"
              onClick={copy}
              className="shrink-0 rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium hover:bg-slate-50"
            >
              {copied ? t('copied') : t('copy')}
            </button>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t('scopes')}</dt>
          <dd className="mt-1">
            <code dir="ltr" className="rounded-md bg-slate-100 px-2 py-1 font-mono text-xs">
              {SSO_SCOPES}
            </code>
          </dd>
        </div>
      </dl>
    </Card>
  );
}
