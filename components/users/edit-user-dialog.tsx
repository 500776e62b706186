'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApiMessage } from '@/components/api/use-api-message';
import { FORM_ERROR, problemToFormErrors, type FormErrors } from '@/lib/http/form-errors';
import { ZUpdateTenantUser } from '@/lib/users/schemas';
import { updateUser, type TenantUser } from './user-requests';
import { UserIdentifier } from './user-badges';
import { useRoleOptions } from './role-options';

/**
 * Edit name, role and status. SSO users are read-only except role and status (their name comes
 * from the identity provider); one's own role and status are locked (the API refuses them too).
 */
export function EditUserDialog({
  user,
  isSelf,
  onOpenChange,
  onSaved,
}: {
  user: TenantUser;
  isSelf: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: (user: TenantUser) => void;
}) {
  const t = useTranslations('users');
  const tStatus = useTranslations('status');
  const message = useApiMessage();
  const roles = useRoleOptions();
  const sso = user.authSource === 'sso';
  const [role, setRole] = useState(user.role);
  const [status, setStatus] = useState<string>(user.status);
  const [errors, setErrors] = useState<FormErrors>({});
  const save = useMutation({
    mutationFn: updateUser,
    onSuccess: onSaved,
    onError: (error) => setErrors(problemToFormErrors(error)),
  });
  const pending = save.isPending;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    const checked = ZUpdateTenantUser.safeParse(sso ? { role, status } : { name, role, status });
    if (!checked.success) return setErrors(problemToFormErrors(checked.error));
    setErrors({});
    save.mutate({ ...checked.data, id: user.id });
  }

  const err = (field: string) => (errors[field] ? message(errors[field], 'users.validation.invalid') : undefined);
  return (
    <Dialog open onOpenChange={onOpenChange} title={t('edit.title')} closeLabel={t('close')} testId="edit-user-dialog">
      <form onSubmit={submit} noValidate className="space-y-4">
        {sso && (
          <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="sso-notice">
            {t('edit.ssoNotice')}
          </p>
        )}
        {isSelf && <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">{t('edit.selfNotice')}</p>}
        {errors[FORM_ERROR] && (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="form-error">
            {message(errors[FORM_ERROR], 'users.errors.generic')}
          </p>
        )}
        <p className="text-sm">
          <UserIdentifier user={user} />
        </p>
        <Field id="edit-name" label={t('fields.name')} error={err('name')}>
          <Input
            id="edit-name"
            name="name"
            defaultValue={user.name}
            disabled={sso}
            readOnly={sso}
            invalid={!!errors.name}
          />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="edit-role" label={t('fields.role')} error={err('role')}>
            <Select
              id="edit-role"
              value={role}
              onValueChange={setRole}
              options={roles}
              disabled={isSelf}
              testId="edit-role-select"
            />
          </Field>
          <Field id="edit-status" label={t('fields.status')} error={err('status')}>
            <Select
              id="edit-status"
              value={status}
              onValueChange={setStatus}
              disabled={isSelf}
              testId="edit-status-select"
              options={[
                { value: 'active', label: tStatus('active') },
                { value: 'disabled', label: tStatus('disabled') },
              ]}
            />
          </Field>
        </div>
        <DialogFooter>
          <Button onClick={() => onOpenChange(false)} disabled={pending}>
            {t('cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={pending} data-testid="edit-user-submit">
            {pending ? t('edit.submitting') : t('edit.submit')}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
