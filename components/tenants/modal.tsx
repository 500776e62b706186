'use client';

import type { ReactNode } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { useLocale, useTranslations } from 'next-intl';

/**
 * A dialog: centred on wide screens (margin auto, so no direction-dependent transforms), a bottom sheet on phones, scrolls when taller than the screen.
 * Controlled by the caller (open / onOpenChange); the trigger is rendered by the caller too.
 */
export function Modal({
  open,
  onOpenChange,
  title,
  description,
  children,
  testId,
  wide,
  keepOnOutsideClick,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
  /** a stray click outside must not close it (e.g. while a one-time password is shown) */
  keepOnOutsideClick?: boolean;
}) {
  const t = useTranslations('tenants');
  const locale = useLocale();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          dir={locale === 'ar' ? 'rtl' : 'ltr'}
          data-testid={testId}
          onInteractOutside={keepOnOutsideClick ? (e) => e.preventDefault() : undefined}
          className={`fixed inset-x-0 bottom-0 z-50 max-h-[92vh] overflow-y-auto rounded-t-2xl bg-white p-5 shadow-xl sm:inset-0 sm:m-auto sm:h-fit sm:max-h-[90vh] sm:w-full sm:rounded-2xl ${wide ? 'sm:max-w-2xl' : 'sm:max-w-lg'}`}
        >
          <div className="mb-4 flex items-start justify-between gap-4">
            <div className="min-w-0">
              <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
              {description ? (
                <Dialog.Description className="mt-1 text-sm text-slate-600">{description}</Dialog.Description>
              ) : (
                <Dialog.Description className="sr-only">{title}</Dialog.Description>
              )}
            </div>
            <Dialog.Close aria-label={t('close')} className="rounded-md p-1.5 text-slate-500 hover:bg-slate-100">
              <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </Dialog.Close>
          </div>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
