import type { SelectHTMLAttributes } from 'react';
import clsx from 'clsx';
import { describedBy, inputClass } from '@/components/ui/field';

/** A native <select> for plant forms (posts with the form, works on phones), linked to its Field's error. */
export function NativeSelect({
  id,
  options,
  error,
  blank,
  className,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  options: { value: string; label: string }[];
  error?: string;
  /** the label of an empty first choice ("none"), if there is one */
  blank?: string;
}) {
  return (
    <select {...describedBy(id, error)} className={clsx(inputClass, className)} {...props}>
      {blank !== undefined && <option value="">{blank}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
