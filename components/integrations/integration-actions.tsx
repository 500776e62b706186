'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { useApiMessage } from '@/components/api/use-api-message';
import { useRouter } from '@/lib/i18n/navigation';
import { IntegrationForm } from './integration-form';
import { deleteIntegration, INTEGRATIONS_KEY, updateIntegration, type IntegrationView } from './integration-requests';

/**
 * A tenant admin's actions on one integration: edit (its form in a dialog), enable/disable, and
 * delete — offered only while nothing was ever ingested; afterwards the button explains why and
 * offers to disable instead (the API refuses with integration_has_data anyway).
 */
export function IntegrationActions({ integration }: { integration: IntegrationView }) {
  const t = useTranslations('integrationsUi');
  const message = useApiMessage();
  const toast = useToast();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<'edit' | 'delete' | 'hasData' | null>(null);
  const changed = () => queryClient.invalidateQueries({ queryKey: INTEGRATIONS_KEY });

  const toggle = useMutation({
    mutationFn: (enabled: boolean) => updateIntegration(integration.id, { enabled }),
    onSuccess: (saved) => {
      toast(t(saved.enabled ? 'toasts.enabled' : 'toasts.disabled', { name: saved.name }));
      setOpen(null);
      changed();
    },
    onError: (error) => toast(message(error), 'bad'),
  });
  const remove = useMutation({
    mutationFn: () => deleteIntegration(integration.id),
    onSuccess: () => {
      toast(t('toasts.deleted', { name: integration.name }));
      changed();
      router.push('/integrations');
    },
  });

  return (
    <div className="flex flex-wrap gap-2" data-testid="integration-actions">
      <Button size="sm" onClick={() => setOpen('edit')} data-testid="integration-edit">
        {t('detail.edit')}
      </Button>
      <Button
        size="sm"
        onClick={() => toggle.mutate(!integration.enabled)}
        disabled={toggle.isPending}
        data-testid="integration-toggle"
      >
        {t(integration.enabled ? 'detail.disable' : 'detail.enable')}
      </Button>
      <Button
        size="sm"
        variant="ghost"
        className="text-red-700"
        onClick={() => setOpen(integration.everIngested ? 'hasData' : 'delete')}
        data-testid="integration-delete"
      >
        {t('detail.delete')}
      </Button>

      <Dialog
        open={open === 'edit'}
        onOpenChange={(o) => !o && setOpen(null)}
        title={t('detail.editTitle', { name: integration.name })}
        closeLabel={t('close')}
        testId="integration-edit-dialog"
        wide
      >
        <IntegrationForm
          kind={integration.kind}
          integration={integration}
          onSaved={(saved) => {
            toast(t('toasts.saved', { name: saved.name }));
            setOpen(null);
          }}
          onCancel={() => setOpen(null)}
        />
      </Dialog>
      <ConfirmDialog
        open={open === 'delete'}
        onOpenChange={(o) => !o && setOpen(null)}
        title={t('detail.deleteTitle', { name: integration.name })}
        body={t('detail.deleteBody')}
        confirmLabel={t('detail.delete')}
        cancelLabel={t('form.cancel')}
        onConfirm={() => remove.mutate()}
        pending={remove.isPending}
        error={remove.isError ? message(remove.error) : undefined}
        testId="integration-delete-dialog"
      />
      <ConfirmDialog
        open={open === 'hasData'}
        onOpenChange={(o) => !o && setOpen(null)}
        title={t('detail.hasDataTitle')}
        body={t(integration.enabled ? 'detail.hasDataBody' : 'detail.hasDataBodyDisabled')}
        confirmLabel={integration.enabled ? t('detail.disableInstead') : t('close')}
        cancelLabel={t('form.cancel')}
        tone="primary"
        onConfirm={() => (integration.enabled ? toggle.mutate(false) : setOpen(null))}
        pending={toggle.isPending}
        testId="integration-has-data-dialog"
      />
    </div>
  );
}
