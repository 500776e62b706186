'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { callApi, usersUrl, type TenantUser } from './users-api';
import { useMessage } from './use-message';

export type ConfirmKind = 'reset' | 'status';
export type ConfirmResult = { kind: 'reset'; oneTimePassword: string } | { kind: 'status'; user: TenantUser };

/** Confirms a password reset or a disable/enable, then calls the API; errors stay in the dialog. */
export function ConfirmUserAction({
  kind,
  user,
  tenantId,
  onOpenChange,
  onDone,
}: {
  kind: ConfirmKind;
  user: TenantUser;
  tenantId: string | null;
  onOpenChange: (open: boolean) => void;
  onDone: (result: ConfirmResult) => void;
}) {
  const t = useTranslations('users');
  const message = useMessage();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const section = kind === 'reset' ? 'reset' : user.status === 'active' ? 'disable' : 'enable';

  async function confirm() {
    setPending(true);
    setError(undefined);
    if (kind === 'reset') {
      const result = await callApi<{ oneTimePassword: string }>(usersUrl(`/${user.id}/reset-password`, tenantId), {
        method: 'POST',
      });
      setPending(false);
      if (!result.ok) return setError(result.problem.messageKey);
      return onDone({ kind, oneTimePassword: result.data.oneTimePassword });
    }
    const status = user.status === 'active' ? 'disabled' : 'active';
    const result = await callApi<TenantUser>(usersUrl(`/${user.id}`, tenantId), { method: 'PUT', body: { status } });
    setPending(false);
    if (!result.ok) return setError(result.problem.messageKey);
    onDone({ kind, user: result.data });
  }

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
      error={error ? message(error) : undefined}
      onConfirm={confirm}
      testId="confirm-user-action"
    />
  );
}
