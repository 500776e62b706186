import type { InputHTMLAttributes } from 'react';
import { Field, Input } from '@/components/ui/field';

/**
 * A labelled text input of a plant form: id `${prefix}-${name}`, its error (and test id
 * `${prefix}-${name}-error`) from the form's errors for `name`.
 */
export function TextField({
  form,
  prefix,
  name,
  label,
  hint,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'form'> & {
  form: { err: (field: string) => string | undefined; invalid: (field: string) => boolean };
  prefix: string;
  name: string;
  label: string;
  hint?: string;
}) {
  const id = `${prefix}-${name}`;
  return (
    <Field id={id} label={label} hint={hint} error={form.err(name)}>
      <Input id={id} name={name} invalid={form.invalid(name)} {...input} />
    </Field>
  );
}
