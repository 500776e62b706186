'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { ZCreateTenantUser } from '@/lib/users/schemas';
import { callApi, problemFieldErrors, usersUrl, validate, type TenantUser } from './users-api';
import { PasswordHints } from './password-hints';
import { useRoleOptions } from './role-options';
import { useMessage } from './use-message';

export interface Created {
  user: TenantUser;
  oneTimePassword?: string;
}

/** Add a local user: validated with the API's schema here, then by the API (duplicates, breached passwords). */
export function CreateUserDialog({
  open,
  onOpenChange,
  tenantId,
  onCreated,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  tenantId: string | null;
  onCreated: (created: Created) => void;
}) {
  const t = useTranslations('users');
  const message = useMessage();
  const roles = useRoleOptions();
  const [role, setRole] = useState('viewer');
  const [mode, setMode] = useState<'generate' | 'set'>('generate');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  function reset() {
    setRole('viewer');
    setMode('generate');
    setErrors({});
  }

  function close() {
    reset();
    onOpenChange(false);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      username: String(form.get('username') ?? ''),
      role,
      ...(mode === 'set' ? { password: String(form.get('password') ?? '') } : {}),
    };
    const checked = validate(ZCreateTenantUser, body);
    if (!checked.ok) return setErrors(checked.errors);
    setPending(true);
    const result = await callApi<Created>(usersUrl('', tenantId), { method: 'POST', body });
    setPending(false);
    if (!result.ok) {
      const fields = problemFieldErrors(result.problem);
      return setErrors(Object.keys(fields).length ? fields : { _: result.problem.messageKey });
    }
    reset();
    onCreated(result.data);
  }

  const err = (field: string) => (errors[field] ? message(errors[field], 'users.validation.invalid') : undefined);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={t('create.title')}
      description={t('create.description')}
      closeLabel={t('close')}
      testId="create-user-dialog"
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        {errors._ && (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="form-error">
            {message(errors._)}
          </p>
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
          <Button onClick={close} disabled={pending}>
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
