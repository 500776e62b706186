'use client';

import { useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { CreateApiKeyForm, type CreatedKey } from './create-api-key-form';
import { SecretReveal } from './secret-reveal';
import { useToast } from '@/components/ui/toast';

/**
 * "Create key" button and dialog. After creation the same dialog shows the secret; it then closes
 * only through its button (not Escape or a click outside), so the one chance to copy is not lost by accident.
 */
export function CreateApiKeyDialog() {
  const t = useTranslations('apiKeys');
  const locale = useLocale();
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedKey | null>(null);

  function onCreated(result: CreatedKey) {
    setCreated(result);
    toast(t('toast.created', { name: result.key.name }));
    router.refresh();
  }

  function onOpenChange(next: boolean) {
    if (!next && created) return;
    setOpen(next);
  }

  function finish() {
    setCreated(null);
    setOpen(false);
  }

  const keepOpen = (event: Event) => {
    if (created) event.preventDefault();
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger
        data-testid="create-api-key"
        className="inline-flex items-center gap-2 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        <svg aria-hidden viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M12 5v14M5 12h14" />
        </svg>
        {t('create')}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          dir={locale === 'ar' ? 'rtl' : 'ltr'}
          onEscapeKeyDown={keepOpen}
          onInteractOutside={keepOpen}
          data-testid="create-api-key-dialog"
          className="fixed inset-x-0 bottom-0 z-50 max-h-[90vh] overflow-y-auto rounded-t-2xl bg-white p-5 shadow-xl sm:inset-0 sm:m-auto sm:h-fit sm:w-full sm:max-w-lg sm:rounded-xl"
        >
          <Dialog.Title className="text-lg font-semibold">{created ? t('secretTitle') : t('createTitle')}</Dialog.Title>
          {created ? (
            <Dialog.Description className="sr-only">{t('secretWarning')}</Dialog.Description>
          ) : (
            <Dialog.Description className="mt-1 text-sm text-slate-600">{t('createDescription')}</Dialog.Description>
          )}
          <div className="mt-4">
            {created ? (
              <SecretReveal name={created.key.name} secret={created.secret} onDone={finish} />
            ) : (
              <CreateApiKeyForm onCreated={onCreated} onCancel={() => setOpen(false)} />
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
