import type { SelectHTMLAttributes } from 'react';
import { Field } from '@/components/ui/field';
import { NativeSelect } from './native-select';

/**
 * A labelled native select of a plant form — the select twin of TextField: id `${prefix}-${name}`,
 * its error (test id `${prefix}-${name}-error`) from the form's errors for `name`.
 */
export function SelectField({
  form,
  prefix,
  name,
  label,
  hint,
  options,
  blank,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'form'> & {
  form: { err: (field: string) => string | undefined };
  prefix: string;
  name: string;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  /** the label of an empty first choice ("Choose…", "None"), if there is one */
  blank?: string;
}) {
  const id = `${prefix}-${name}`;
  return (
    <Field id={id} label={label} hint={hint} error={form.err(name)}>
      <NativeSelect id={id} name={name} error={form.err(name)} blank={blank} options={options} {...select} />
    </Field>
  );
}
