'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { ZUpdateTenantUser } from '@/lib/users/schemas';
import { callApi, problemFieldErrors, usersUrl, validate, type TenantUser } from './users-api';
import { UserIdentifier } from './user-badges';
import { useRoleOptions } from './role-options';
import { useMessage } from './use-message';

/**
 * Edit name, role and status. SSO users are read-only except role and status (their name comes
 * from the identity provider); one's own role and status are locked (the API refuses them too).
 */
export function EditUserDialog({
  user,
  isSelf,
  tenantId,
  onOpenChange,
  onSaved,
}: {
  user: TenantUser;
  isSelf: boolean;
  tenantId: string | null;
  onOpenChange: (open: boolean) => void;
  onSaved: (user: TenantUser) => void;
}) {
  const t = useTranslations('users');
  const tStatus = useTranslations('status');
  const message = useMessage();
  const roles = useRoleOptions();
  const sso = user.authSource === 'sso';
  const [role, setRole] = useState(user.role);
  const [status, setStatus] = useState<string>(user.status);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    const body = sso ? { role, status } : { name, role, status };
    const checked = validate(ZUpdateTenantUser, body);
    if (!checked.ok) return setErrors(checked.errors);
    setPending(true);
    const result = await callApi<TenantUser>(usersUrl(`/${user.id}`, tenantId), { method: 'PUT', body });
    setPending(false);
    if (!result.ok) {
      const fields = problemFieldErrors(result.problem);
      return setErrors(Object.keys(fields).length ? fields : { _: result.problem.messageKey });
    }
    onSaved(result.data);
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
        {errors._ && (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="form-error">
            {message(errors._)}
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
