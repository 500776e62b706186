'use client';

import { useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '@/components/api/api-client';
import { useApiMessage } from '@/components/api/use-api-message';

/** "Test connection": asks the server to fetch the issuer's discovery document. */
export function DiscoveryCheck({ issuer }: { issuer: string }) {
  const t = useTranslations();
  const message = useApiMessage();
  const check = useMutation({
    mutationFn: (value: string) =>
      apiFetch<{ issuer: string }>('/api/sso-config/discovery', { method: 'POST', body: { issuer: value } }),
  });
  const state = {
    busy: check.isPending,
    ok: check.data?.issuer,
    // A malformed URL comes back as a validation problem: say what is wrong with the field.
    error: check.error && (check.error.errors?.length ? 'sso.errors.issuer' : check.error),
  };
  const run = () => check.mutate(issuer.trim());
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
          {state.ok
            ? t('sso.discoveryOk', { issuer: `\u2066${state.ok}\u2069` })
            : message(state.error, 'sso.errors.discoveryFailed')}
        </p>
      )}
    </div>
  );
}
