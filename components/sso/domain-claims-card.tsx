'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { ClaimStateLine, ClaimStatusBadge, DomainName, TxtRecord, type DomainClaimDto } from './domain-claim-parts';
import { verifyDomain } from './sso-api';

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
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const verify = async () => {
    setBusy(true);
    setResult(null);
    const answer = await verifyDomain(claim.domain);
    setBusy(false);
    if (answer.ok) {
      setResult({ ok: true, text: t('ssoDomains.verifiedNow', { domain: claim.domain }) });
      return router.refresh();
    }
    const key = answer.messageKey && t.has(answer.messageKey) ? answer.messageKey : 'ssoDomains.errors.generic';
    setResult({ ok: false, text: t(key) });
    router.refresh();
  };

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
