import type { InputHTMLAttributes, ReactNode } from 'react';
import clsx from 'clsx';

/** The sign-in page's few building blocks, styled once. */
export function FieldInput({
  id,
  label,
  hint,
  ...input
}: { id: string; label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        dir="ltr"
        required
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-start shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none"
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
    </div>
  );
}

export function FormMessage({ tone, children }: { tone: 'error' | 'notice' | 'info'; children: ReactNode }) {
  return (
    <p
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={tone === 'error' ? 'login-error' : undefined}
      className={clsx(
        'rounded-md p-3 text-sm',
        tone === 'error' && 'bg-red-50 text-red-800',
        tone === 'notice' && 'bg-amber-50 text-amber-900',
        tone === 'info' && 'bg-brand-50 text-brand-700',
      )}
    >
      {children}
    </p>
  );
}

export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60"
    >
      {children}
    </button>
  );
}
