import type { ReactNode } from 'react';
import clsx from 'clsx';

export function Card({
  title,
  children,
  className,
  testId,
}: {
  title?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <section
      data-testid={testId}
      className={clsx('rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5', className)}
    >
      {title && <h2 className="mb-3 text-base font-semibold">{title}</h2>}
      {children}
    </section>
  );
}

export function PageHeader({ title, description }: { title: ReactNode; description?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {description && <p className="mt-1 text-slate-600">{description}</p>}
    </div>
  );
}

export function Badge({
  tone = 'neutral',
  children,
}: {
  tone?: 'neutral' | 'good' | 'bad' | 'warn';
  children: ReactNode;
}) {
  const tones = {
    neutral: 'bg-slate-100 text-slate-700',
    good: 'bg-emerald-50 text-emerald-800',
    bad: 'bg-red-50 text-red-800',
    warn: 'bg-amber-50 text-amber-900',
  };
  return (
    <span className={clsx('inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium', tones[tone])}>
      {children}
    </span>
  );
}

/** Label/value rows that stack on mobile. */
export function DefinitionList({ rows }: { rows: { label: ReactNode; value: ReactNode; testId?: string }[] }) {
  return (
    <dl className="divide-y divide-slate-100">
      {rows.map((row, i) => (
        <div key={i} className="grid gap-1 py-2 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm text-slate-500">{row.label}</dt>
          <dd className="text-sm font-medium sm:col-span-2" data-testid={row.testId}>
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
