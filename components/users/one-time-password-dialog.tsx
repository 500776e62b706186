'use client';

import { useTranslations } from 'next-intl';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';

/** Shows a one-time password exactly once (it is not kept anywhere after this dialog closes). */
export function OneTimePasswordDialog({
  name,
  password,
  onClose,
}: {
  name: string;
  password: string;
  onClose: () => void;
}) {
  const t = useTranslations('users');
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('oneTime.title')}
      description={t('oneTime.body', { name })}
      closeLabel={t('close')}
      testId="one-time-password-dialog"
      keepOnOutsideClick
    >
      <div className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-slate-50 p-3">
        <code
          dir="ltr"
          className="ltr-isolate min-w-0 flex-1 font-mono text-lg tracking-wide break-all select-all"
          data-testid="one-time-password"
        >
          {password}
        </code>
        <CopyButton
          text={password}
          label={t('oneTime.copy')}
          copiedLabel={t('oneTime.copied')}
          testId="copy-password"
        />
      </div>
      <DialogFooter>
        <Button variant="primary" onClick={onClose} data-testid="one-time-done">
          {t('oneTime.done')}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
