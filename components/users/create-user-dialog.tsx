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
import { ZCreateTenantUser } from '@/lib/users/schemas';
import { createUser, type CreatedUser, type UserTenant } from './user-requests';
import { PasswordHints } from './password-hints';
import { useRoleOptions } from './role-options';

/**
 * Add a local user: validated with the API's schema here, then by the API (duplicates, breached
 * passwords). The platform owner chooses the tenant the user joins.
 */
export function CreateUserDialog({
  tenants,
  defaultTenantId,
  onOpenChange,
  onCreated,
}: {
  /** the platform owner's tenants to choose from; null: the caller's own tenant */
  tenants: UserTenant[] | null;
  defaultTenantId: string | null;
  onOpenChange: (open: boolean) => void;
  onCreated: (created: CreatedUser) => void;
}) {
  const t = useTranslations('users');
  const message = useApiMessage();
  const roles = useRoleOptions();
  const [tenantId, setTenantId] = useState(defaultTenantId);
  const [role, setRole] = useState('viewer');
  const [mode, setMode] = useState<'generate' | 'set'>('generate');
  const [errors, setErrors] = useState<FormErrors>({});
  const create = useMutation({
    mutationFn: createUser,
    onSuccess: onCreated,
    onError: (error) => setErrors(problemToFormErrors(error)),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const checked = ZCreateTenantUser.safeParse({
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      username: String(form.get('username') ?? ''),
      role,
      ...(mode === 'set' ? { password: String(form.get('password') ?? '') } : {}),
    });
    const local: FormErrors = checked.success ? {} : problemToFormErrors(checked.error);
    if (tenants && !tenantId) local.tenant = 'users.validation.tenantRequired';
    setErrors(local);
    if (checked.success && Object.keys(local).length === 0) create.mutate({ ...checked.data, tenantId });
  }

  const err = (field: string) => (errors[field] ? message(errors[field], 'users.validation.invalid') : undefined);
  const pending = create.isPending;
  return (
    <Dialog
      open
      onOpenChange={onOpenChange}
      title={t('create.title')}
      description={t('create.description')}
      closeLabel={t('close')}
      testId="create-user-dialog"
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        {errors[FORM_ERROR] && (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="form-error">
            {message(errors[FORM_ERROR], 'users.errors.generic')}
          </p>
        )}
        {tenants && (
          <Field id="user-tenant" label={t('fields.tenant')} error={err('tenant')}>
            <Select
              id="user-tenant"
              value={tenantId ?? undefined}
              onValueChange={setTenantId}
              placeholder={t('fields.tenantPlaceholder')}
              options={tenants.map((x) => ({ value: x.id, label: x.name }))}
              invalid={!!errors.tenant}
              testId="user-tenant-select"
            />
          </Field>
        )}
        <Field id="user-name" label={t('fields.name')} error={err('name')}>
          <Input id="user-name" name="name" autoComplete="off" invalid={!!errors.name} />
        </Field>
        <p className="text-xs text-slate-500">{t('fields.identifierHint')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="user-email" label={t('fields.email')} error={err('email')}>
            <Input id="user-email" name="email" type="email" dir="ltr" autoComplete="off" invalid={!!errors.email} />
          </Field>
          <Field
            id="user-username"
            label={t('fields.username')}
            hint={t('fields.usernameHint')}
            error={err('username')}
          >
            <Input id="user-username" name="username" dir="ltr" autoComplete="off" invalid={!!errors.username} />
          </Field>
        </div>
        <Field id="user-role" label={t('fields.role')} error={err('role')}>
          <Select id="user-role" value={role} onValueChange={setRole} options={roles} testId="user-role-select" />
        </Field>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-700">{t('create.passwordMode')}</legend>
          <div className="space-y-2">
            {(['generate', 'set'] as const).map((value) => (
              <label key={value} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name="passwordMode"
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                  data-testid={`password-mode-${value}`}
                  className="mt-0.5"
                />
                <span>
                  {t(`create.${value}`)}
                  {value === 'generate' && (
                    <span className="block text-xs text-slate-500">{t('create.generateHint')}</span>
                  )}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {mode === 'set' && (
          <Field id="user-password" label={t('fields.password')} error={err('password')}>
            <Input
              id="user-password"
              name="password"
              type="password"
              dir="ltr"
              autoComplete="new-password"
              invalid={!!errors.password}
            />
            <PasswordHints />
          </Field>
        )}
        <DialogFooter>
          <Button onClick={() => onOpenChange(false)} disabled={pending}>
            {t('cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={pending} data-testid="create-user-submit">
            {pending ? t('create.submitting') : t('create.submit')}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
