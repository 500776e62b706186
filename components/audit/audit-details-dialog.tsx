'use client';

import { useState } from 'react';
import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { Dialog } from '@/components/ui/dialog';
import { buttonClass } from '@/components/ui/button';
import { changeRows, formatValue } from './change-rows';

export interface AuditDetails {
  actionLabel: string;
  action: string;
  time: string;
  actor: string;
  /** the acting API key's id, for an entry made with a key */
  apiKeyId?: string | null;
  target: string;
  targetId: string | null;
  tenant?: string;
  requestId: string | null;
  before: unknown;
  after: unknown;
}

function Value({ value, tone }: { value: unknown; tone: 'before' | 'after' }) {
  const t = useTranslations('auditLog');
  const text = formatValue(value);
  if (text === null) return <span className="text-slate-400">{t('empty_value')}</span>;
  return (
    <span
      dir="auto"
      className={clsx(
        'font-mono text-xs break-all whitespace-pre-wrap',
        tone === 'after' ? 'text-emerald-900' : 'text-slate-700',
      )}
    >
      {text}
    </span>
  );
}

/** "Details": the entry's facts and its before/after as a field table (secrets arrive redacted). */
export function AuditDetailsDialog({ details }: { details: AuditDetails }) {
  const t = useTranslations('auditLog');
  const tActor = useTranslations('auditActor');
  const [open, setOpen] = useState(false);
  const rows = changeRows(details.before, details.after);
  const facts: [string, string | null, boolean?][] = [
    [t('time'), details.time],
    [t('actor'), details.actor],
    [tActor('apiKeyId'), details.apiKeyId ?? null, true],
    [t('target'), details.target],
    [t('targetId'), details.targetId, true],
    ...(details.tenant !== undefined ? [[t('tenant'), details.tenant] as [string, string]] : []),
    [t('requestId'), details.requestId, true],
  ];
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className={buttonClass('ghost', 'sm')}
        aria-label={t('viewChangesOf', { action: details.actionLabel })}
        data-testid="audit-details"
      >
        {t('viewChanges')}
      </button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={details.actionLabel}
        closeLabel={t('close')}
        wide
        testId="audit-details-dialog"
      >
        <p className="-mt-2 mb-4 font-mono text-xs text-slate-500">
          <span className="ltr-isolate">{details.action}</span>
        </p>
        <dl className="mb-4 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          {facts
            .filter(([, value]) => value)
            .map(([label, value, mono]) => (
              <div key={label} className="contents">
                <dt className="text-slate-500">{label}</dt>
                <dd className={clsx('break-all', mono && 'font-mono text-xs')}>
                  {/* an id keeps its left-to-right order inside Arabic text, aligned like the rest */}
                  {mono ? <span className="ltr-isolate">{value}</span> : value}
                </dd>
              </div>
            ))}
        </dl>
        {rows.length === 0 ? (
          <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-600" data-testid="audit-no-changes">
            {t('noChanges')}
          </p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200">
            <table className="w-full text-sm" data-testid="audit-changes">
              <thead className="bg-slate-50 text-slate-500">
                <tr>
                  <th className="px-3 py-2 text-start font-medium">{t('field')}</th>
                  <th className="px-3 py-2 text-start font-medium">{t('before')}</th>
                  <th className="px-3 py-2 text-start font-medium">{t('after')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={row.field}
                    className={clsx('border-t border-slate-100 align-top', row.changed && 'bg-amber-50/60')}
                  >
                    <td className="px-3 py-2 font-mono text-xs">
                      <span className="ltr-isolate">{row.field}</span>
                    </td>
                    <td className="px-3 py-2">
                      <Value value={row.before} tone="before" />
                    </td>
                    <td className="px-3 py-2">
                      <Value value={row.after} tone="after" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Dialog>
    </>
  );
}
