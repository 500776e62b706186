'use client';

import { useState } from 'react';
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useLocale, useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from '@/lib/i18n/navigation';
import { apiFetch } from '@/components/api/api-client';
import { useApiMessage } from '@/components/api/use-api-message';
import { buttonClass } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';

/** Suspend (asks first: it signs everyone in the tenant out) or reactivate a tenant. */
export function TenantStatusDialog({
  tenant,
  size = 'md',
}: {
  tenant: { id: string; name: string; status: 'active' | 'suspended' };
  size?: 'sm' | 'md';
}) {
  const t = useTranslations('tenants');
  const locale = useLocale();
  const message = useApiMessage();
  const toast = useToast();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const kind = tenant.status === 'active' ? 'suspend' : 'reactivate';
  const change = useMutation({
    mutationFn: () =>
      apiFetch(`/api/tenants/${encodeURIComponent(tenant.id)}`, {
        method: 'PUT',
        body: { status: kind === 'suspend' ? 'suspended' : 'active' },
      }),
    onSettled: () => setOpen(false),
    onError: (error) => toast(message(error, 'tenants.errors.generic'), 'bad'),
    onSuccess: () => {
      toast(t(`${kind}.done`, { name: tenant.name }));
      router.refresh();
    },
  });
  const pending = change.isPending;
  const confirm = () => change.mutate();

  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger
        className={buttonClass(kind === 'suspend' ? 'secondary' : 'primary', size)}
        data-testid={`${kind}-tenant`}
        aria-label={size === 'sm' ? `${t(`actions.${kind}`)} — ${tenant.name}` : undefined}
      >
        {t(`actions.${kind}`)}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content
          dir={locale === 'ar' ? 'rtl' : 'ltr'}
          data-testid="tenant-status-dialog"
          className="fixed inset-x-0 bottom-0 z-50 rounded-t-2xl bg-white p-5 shadow-xl sm:inset-0 sm:m-auto sm:h-fit sm:w-full sm:max-w-md sm:rounded-2xl"
        >
          <AlertDialog.Title className="text-lg font-semibold">
            {t(`${kind}.title`, { name: tenant.name })}
          </AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600">{t(`${kind}.body`)}</AlertDialog.Description>
          <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel className={buttonClass('secondary')}>{t('cancel')}</AlertDialog.Cancel>
            <button
              type="button"
              onClick={confirm}
              disabled={pending}
              className={buttonClass(kind === 'suspend' ? 'danger' : 'primary')}
              data-testid={`confirm-${kind}`}
            >
              {t(`${kind}.confirm`)}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
