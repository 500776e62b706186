'use client';

import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { apiFetch, ApiError } from '@/components/api/api-client';
import { useApiMessage } from '@/components/api/use-api-message';
import { useRouter } from '@/lib/i18n/navigation';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import { ClaimStateLine, ClaimStatusBadge, DomainName, type DomainClaimDto } from '@/components/sso/domain-claim-parts';

type Decision = 'approve' | 'refuse' | 'revoke';

/**
 * The platform owner's view of a tenant's SSO domain claims: approve a pending claim (the second
 * kind of proof), refuse it, or revoke a claim. Refusing and revoking ask first.
 */
export function DomainClaimsReview({ tenantId, claims }: { tenantId: string; claims: DomainClaimDto[] }) {
  const t = useTranslations('ssoDomains');
  const message = useApiMessage();
  const toast = useToast();
  const router = useRouter();
  const [confirming, setConfirming] = useState<{ domain: string; decision: Exclude<Decision, 'approve'> } | null>(null);
  const decision = useMutation({
    mutationFn: ({ domain, decision }: { domain: string; decision: Decision }) =>
      apiFetch(`/api/tenants/${tenantId}/domain-claims/${encodeURIComponent(domain)}/${decision}`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: (_data, { domain, decision }) =>
      toast(t(decision === 'approve' ? 'approved' : decision === 'refuse' ? 'refused' : 'revoked', { domain })),
    onError: (error) => toast(message(error instanceof ApiError ? error : null, 'ssoDomains.errors.generic'), 'bad'),
    onSettled: () => {
      setConfirming(null);
      router.refresh();
    },
  });
  const busy = decision.isPending ? decision.variables?.domain : null;
  const decide = (domain: string, decided: Decision) => decision.mutate({ domain, decision: decided });

  if (claims.length === 0) return <p className="text-sm text-slate-500">{t('reviewEmpty')}</p>;
  return (
    <>
      <ul className="divide-y divide-slate-100" data-testid="tenant-domain-claims">
        {claims.map((claim) => (
          <li key={claim.id} className="space-y-2 py-3" data-testid="tenant-domain-claim" data-domain={claim.domain}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <DomainName domain={claim.domain} />
              <ClaimStatusBadge status={claim.status} />
            </div>
            <ClaimStateLine claim={claim} />
            {(claim.status === 'pending' || claim.status === 'verified') && (
              <div className="flex flex-wrap gap-2">
                {claim.status === 'pending' && (
                  <>
                    <Button
                      variant="primary"
                      size="sm"
                      disabled={busy === claim.domain}
                      onClick={() => decide(claim.domain, 'approve')}
                      data-testid="domain-claim-approve"
                    >
                      {t('approve')}
                    </Button>
                    <Button
                      size="sm"
                      disabled={busy === claim.domain}
                      onClick={() => setConfirming({ domain: claim.domain, decision: 'refuse' })}
                      data-testid="domain-claim-refuse"
                    >
                      {t('refuse')}
                    </Button>
                  </>
                )}
                {claim.status === 'verified' && (
                  <Button
                    size="sm"
                    disabled={busy === claim.domain}
                    onClick={() => setConfirming({ domain: claim.domain, decision: 'revoke' })}
                    data-testid="domain-claim-revoke"
                  >
                    {t('revoke')}
                  </Button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
        title={
          confirming &&
          t(confirming.decision === 'refuse' ? 'confirmRefuseTitle' : 'confirmRevokeTitle', {
            domain: `\u2066${confirming.domain}\u2069`,
          })
        }
        body={t('confirmBody')}
        confirmLabel={confirming ? t(confirming.decision) : ''}
        cancelLabel={t('cancel')}
        pending={busy !== null}
        onConfirm={() => confirming && decide(confirming.domain, confirming.decision)}
        testId="domain-claim-confirm"
      />
    </>
  );
}
