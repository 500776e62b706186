'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import type { DomainClaimStatus, DomainClaimView } from '@/lib/sso/domain-claim-record';

/** A claim as it reaches the browser (dates may arrive as strings from a JSON answer). */
export type DomainClaimDto = Omit<DomainClaimView, 'verifiedAt' | 'lastCheckAt'> & {
  verifiedAt: Date | string | null;
  lastCheckAt: Date | string | null;
};

const TONES: Record<DomainClaimStatus, 'good' | 'warn' | 'bad' | 'neutral'> = {
  pending: 'warn',
  verified: 'good',
  refused: 'bad',
  revoked: 'neutral',
};

export function ClaimStatusBadge({ status }: { status: DomainClaimStatus }) {
  const t = useTranslations('ssoDomains.status');
  return (
    <span data-testid="domain-claim-status" data-status={status}>
      <Badge tone={TONES[status]}>{t(status)}</Badge>
    </span>
  );
}

/** The domain itself: a technical identifier, always left to right. */
export function DomainName({ domain }: { domain: string }) {
  return (
    <span dir="ltr" className="ltr-isolate font-mono text-sm font-medium break-all" data-testid="domain-claim-domain">
      {domain}
    </span>
  );
}

/** How (and when) a claim was proven, or why it routes nothing. */
export function ClaimStateLine({ claim }: { claim: DomainClaimDto }) {
  const t = useTranslations('ssoDomains');
  const format = useFormatter();
  const date = (value: Date | string) => format.dateTime(new Date(value), { dateStyle: 'medium', timeStyle: 'short' });
  if (claim.status === 'verified' && claim.verifiedAt)
    return (
      <p className="text-xs text-slate-600">
        {t(claim.method === 'dns_txt' ? 'verifiedDns' : 'verifiedOwner', { date: date(claim.verifiedAt) })}
      </p>
    );
  if (claim.status === 'refused') return <p className="text-xs text-slate-600">{t('refusedHint')}</p>;
  if (claim.status === 'revoked') return <p className="text-xs text-slate-600">{t('revokedHint')}</p>;
  if (claim.lastCheckAt && claim.lastCheckError)
    return (
      <p className="text-xs text-amber-800" data-testid="domain-claim-last-check">
        {t('lastCheck', { date: date(claim.lastCheckAt), problem: t(`checkProblem.${claim.lastCheckError}`) })}
      </p>
    );
  return null;
}

/** The TXT record to publish: name and value, each copyable, in LTR. */
export function TxtRecord({ claim }: { claim: DomainClaimDto }) {
  const t = useTranslations('ssoDomains');
  const rows = [
    { label: t('recordName'), value: claim.record.name, id: 'name' },
    { label: t('recordValue'), value: claim.record.value, id: 'value' },
  ];
  return (
    <dl className="space-y-2 text-sm">
      {rows.map((row) => (
        <div key={row.id}>
          <dt className="text-xs text-slate-500">{row.label}</dt>
          <dd className="mt-1 flex items-center gap-2">
            <code
              dir="ltr"
              data-testid={`domain-claim-record-${row.id}`}
              className="min-w-0 flex-1 rounded-md bg-slate-100 px-2 py-1.5 text-start font-mono text-xs break-all select-all"
            >
              {row.value}
            </code>
            <CopyButton text={row.value} label={t('copy')} copiedLabel={t('copied')} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
