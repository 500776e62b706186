'use client';

import { useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useApiMessage } from '@/components/api/use-api-message';
import { resetUserPassword, updateUser, type TenantUser } from './user-requests';

export type ConfirmKind = 'reset' | 'status';
export type ConfirmResult = { kind: 'reset'; oneTimePassword: string } | { kind: 'status'; user: TenantUser };

/** Confirms a password reset or a disable/enable, then calls the API; errors stay in the dialog. */
export function ConfirmUserAction({
  kind,
  user,
  onOpenChange,
  onDone,
}: {
  kind: ConfirmKind;
  user: TenantUser;
  onOpenChange: (open: boolean) => void;
  onDone: (result: ConfirmResult) => void;
}) {
  const t = useTranslations('users');
  const message = useApiMessage();
  const section = kind === 'reset' ? 'reset' : user.status === 'active' ? 'disable' : 'enable';
  const action = useMutation({
    mutationFn: async (): Promise<ConfirmResult> =>
      kind === 'reset'
        ? { kind, oneTimePassword: (await resetUserPassword(user.id)).oneTimePassword }
        : { kind, user: await updateUser({ id: user.id, status: user.status === 'active' ? 'disabled' : 'active' }) },
    onSuccess: onDone,
  });
  const pending = action.isPending;

  return (
    <ConfirmDialog
      open
      onOpenChange={onOpenChange}
      title={t(`${section}.title`)}
      body={t(`${section}.body`, { name: user.name })}
      confirmLabel={kind === 'reset' && pending ? t('reset.submitting') : t(`${section}.confirm`)}
      cancelLabel={t('cancel')}
      tone={section === 'enable' ? 'primary' : 'danger'}
      pending={pending}
      error={action.error ? message(action.error, 'users.errors.generic') : undefined}
      onConfirm={() => action.mutate()}
      testId="confirm-user-action"
    />
  );
}
