'use client';

import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { apiFetch, ApiError } from '@/components/api/api-client';
import { useRouter } from '@/lib/i18n/navigation';
import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { ClaimStateLine, ClaimStatusBadge, DomainName, TxtRecord, type DomainClaimDto } from './domain-claim-parts';

/** "Verify now": the server looks up the domain's TXT record. */
const verifyDomain = (domain: string) =>
  apiFetch<{ claim: DomainClaimDto }>(`/api/sso-config/domains/${encodeURIComponent(domain)}/verify`, {
    method: 'POST',
    body: {},
  });

/** The tenant admin's list of claimed domains: status, the TXT record to publish, "Verify now". */
export function DomainClaimsCard({ domains }: { domains: DomainClaimDto[] }) {
  const t = useTranslations('ssoDomains');
  return (
    <Card title={t('title')} testId="sso-domains">
      <p className="mb-3 text-sm text-slate-600">{t('intro')}</p>
      {domains.length === 0 ? (
        <p className="text-sm text-slate-500">{t('empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {domains.map((claim) => (
            <ClaimRow key={claim.id} claim={claim} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function ClaimRow({ claim }: { claim: DomainClaimDto }) {
  const t = useTranslations();
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const verification = useMutation({
    mutationFn: () => verifyDomain(claim.domain),
    onMutate: () => setResult(null),
    onSuccess: () => setResult({ ok: true, text: t('ssoDomains.verifiedNow', { domain: claim.domain }) }),
    onError: (error) => {
      const key = error instanceof ApiError && t.has(error.messageKey) ? error.messageKey : 'ssoDomains.errors.generic';
      setResult({ ok: false, text: t(key) });
    },
    // Either way the claim's stored state (status, last check) may have changed.
    onSettled: () => router.refresh(),
  });
  const busy = verification.isPending;
  const verify = () => verification.mutate();

  return (
    <li className="space-y-3 py-3" data-testid="sso-domain" data-domain={claim.domain}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <DomainName domain={claim.domain} />
        <ClaimStatusBadge status={claim.status} />
      </div>
      <ClaimStateLine claim={claim} />
      {claim.status === 'pending' && (
        <>
          <p className="text-xs text-slate-600">{t('ssoDomains.pendingHint')}</p>
          <TxtRecord claim={claim} />
          <Button variant="primary" size="sm" onClick={verify} disabled={busy} data-testid="sso-domain-verify">
            {busy ? t('ssoDomains.verifying') : t('ssoDomains.verifyNow')}
          </Button>
        </>
      )}
      {result && (
        <p
          role={result.ok ? 'status' : 'alert'}
          data-testid="sso-domain-result"
          data-ok={result.ok ? 'true' : 'false'}
          className={result.ok ? 'text-sm text-emerald-700' : 'text-sm text-red-700'}
        >
          {result.text}
        </p>
      )}
    </li>
  );
}
