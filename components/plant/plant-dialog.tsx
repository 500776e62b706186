'use client';

import type { FormEvent, ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { FormError } from '@/components/ui/field';

/** A button that opens a plant form (usePlantForm) in a dialog; `onSubmit` gets the form's data. */
export function PlantDialog({
  label,
  title,
  submitLabel,
  testId,
  variant = 'secondary',
  size = 'md',
  wide,
  form,
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
  form: { open: boolean; onOpenChange: (open: boolean) => void; pending: boolean; formError?: string };
  onSubmit: (form: FormData) => void;
  children: ReactNode;
}) {
  const t = useTranslations('plantUi');
  const { open, onOpenChange: openChange, pending, formError } = form;
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
