import type { ReactNode } from 'react';
import clsx from 'clsx';

const VARIANTS = {
  primary: 'bg-brand-600 text-white shadow-sm hover:bg-brand-700',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50',
  danger: 'bg-red-600 text-white shadow-sm hover:bg-red-700',
  ghost: 'text-brand-700 hover:bg-brand-50',
} as const;

/** Button look, for <button> and links alike. */
export function buttonClass(variant: keyof typeof VARIANTS = 'secondary', size: 'sm' | 'md' = 'md') {
  return clsx(
    'inline-flex items-center justify-center gap-1.5 rounded-md font-medium whitespace-nowrap',
    'focus-visible:ring-2 focus-visible:ring-brand-500/40 focus-visible:outline-none disabled:opacity-60',
    size === 'sm' ? 'px-2.5 py-1.5 text-sm' : 'px-4 py-2 text-sm',
    VARIANTS[variant],
  );
}

export const inputClass = (invalid?: boolean) =>
  clsx(
    'block w-full rounded-md border bg-white px-3 py-2 text-start text-sm shadow-sm',
    'focus:ring-2 focus:ring-brand-500/30 focus:outline-none',
    invalid ? 'border-red-400 focus:border-red-500' : 'border-slate-300 focus:border-brand-500',
  );

/** Label, control, hint and error, wired for screen readers (aria-describedby / aria-invalid on the control). */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <div className="mt-1">{children}</div>
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700" data-testid={`error-${id}`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Props that connect an input to its Field's hint or error. */
export const describedBy = (id: string, error?: string, hint?: boolean) => ({
  id,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
});

export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="form-error">
      {message}
    </p>
  );
}
