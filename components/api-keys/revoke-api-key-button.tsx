'use client';

import { useState } from 'react';
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useLocale, useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from '@/lib/i18n/navigation';
import { apiFetch } from '@/components/api/api-client';
import { useApiMessage } from '@/components/api/use-api-message';
import { useToast } from '@/components/ui/toast';

/** Revoke with a confirmation that says what happens to the applications using the key. */
export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('apiKeys');
  const locale = useLocale();
  const router = useRouter();
  const toast = useToast();
  const message = useApiMessage();
  const [open, setOpen] = useState(false);
  const revoke = useMutation({
    mutationFn: () => apiFetch(`/api/api-keys/${encodeURIComponent(id)}/revoke`, { method: 'POST' }),
    onSettled: () => setOpen(false),
    onSuccess: () => {
      toast(t('toast.revoked', { name }));
      router.refresh();
    },
    onError: (error) => toast(t('toast.failed', { message: message(error, 'apiKeys.errors.generic') }), 'bad'),
  });
  const pending = revoke.isPending;

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialog.Trigger
        aria-label={t('revokeLabel', { name })}
        data-testid="revoke-api-key"
        className="rounded-md border border-red-200 px-3 py-1.5 text-sm text-red-700 hover:bg-red-50"
      >
        {t('revoke')}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content
          dir={locale === 'ar' ? 'rtl' : 'ltr'}
          data-testid="revoke-api-key-dialog"
          className="fixed inset-x-0 bottom-0 z-50 rounded-t-2xl bg-white p-5 shadow-xl sm:inset-0 sm:m-auto sm:h-fit sm:w-full sm:max-w-md sm:rounded-xl"
        >
          <AlertDialog.Title className="text-lg font-semibold">{t('revokeTitle', { name })}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600">{t('revokeBody')}</AlertDialog.Description>
          <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel
              disabled={pending}
              className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-50"
            >
              {t('cancel')}
            </AlertDialog.Cancel>
            <button
              type="button"
              onClick={() => revoke.mutate()}
              disabled={pending}
              data-testid="confirm-revoke-api-key"
              className="rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60"
            >
              {pending ? t('revoking') : t('revokeConfirm')}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
