'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { checkDiscovery } from './sso-api';

/** "Test connection": asks the server to fetch the issuer's discovery document. */
export function DiscoveryCheck({ issuer }: { issuer: string }) {
  const t = useTranslations();
  const [state, setState] = useState<{ busy: boolean; ok?: string; error?: string }>({ busy: false });
  const run = async () => {
    setState({ busy: true });
    const result = await checkDiscovery(issuer.trim());
    if (result.ok) return setState({ busy: false, ok: result.data.issuer });
    const key = result.messageKey && t.has(result.messageKey) ? result.messageKey : 'sso.errors.discoveryFailed';
    // A malformed URL comes back as a validation problem: say what is wrong with the field.
    setState({ busy: false, error: result.errors.length ? 'sso.errors.issuer' : key });
  };
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        onClick={run}
        disabled={state.busy || !issuer.trim()}
        data-testid="sso-test-discovery"
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium whitespace-nowrap hover:bg-slate-50 disabled:opacity-50"
      >
        {state.busy ? t('sso.testing') : t('sso.testDiscovery')}
      </button>
      {(state.ok || state.error) && (
        <p
          role="status"
          data-testid="sso-discovery-result"
          data-ok={state.ok ? 'true' : 'false'}
          className={state.ok ? 'min-w-0 text-xs break-all text-emerald-700' : 'min-w-0 text-xs text-red-700'}
        >
          {state.ok ? t('sso.discoveryOk', { issuer: `\u2066${state.ok}\u2069` }) : t(state.error!)}
        </p>
      )}
    </div>
  );
}
