'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/field';

/**
 * A button that opens a plant form in a dialog. `onSubmit` gets the form's data; the form stays
 * open until the caller closes it (`close` is handed to `children` and to the caller via onOpen).
 */
export function PlantDialog({
  label,
  title,
  submitLabel,
  testId,
  variant = 'secondary',
  size = 'md',
  wide,
  pending,
  formError,
  onOpen,
  onSubmit,
  children,
}: {
  label: string;
  title: string;
  submitLabel: string;
  /** the trigger's test id; the dialog is `${testId}-dialog`, its submit `${testId}-submit` */
  testId: string;
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  wide?: boolean;
  pending: boolean;
  formError?: string;
  /** runs when the dialog opens (reset errors) and gets the function that closes it */
  onOpen: (close: () => void) => void;
  onSubmit: (form: FormData) => void;
  children: ReactNode;
}) {
  const t = useTranslations('plantUi');
  const [open, setOpen] = useState(false);
  const openChange = (next: boolean) => {
    if (next) onOpen(() => setOpen(false));
    if (!pending) setOpen(next);
  };
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  }
  return (
    <>
      <Button variant={variant} size={size} onClick={() => openChange(true)} data-testid={testId}>
        {label}
      </Button>
      <Dialog
        open={open}
        onOpenChange={openChange}
        title={title}
        closeLabel={t('close')}
        testId={`${testId}-dialog`}
        wide={wide}
      >
        <form onSubmit={submit} noValidate className="space-y-4">
          <FormError message={formError} />
          {children}
          <DialogFooter>
            <Button onClick={() => openChange(false)} disabled={pending}>
              {t('cancel')}
            </Button>
            <Button type="submit" variant="primary" disabled={pending} data-testid={`${testId}-submit`}>
              {pending ? t('saving') : submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </Dialog>
    </>
  );
}
