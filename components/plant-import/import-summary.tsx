'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { ImportAnswer } from '@/lib/plant-import/import-shapes';

const RECORDS = ['site', 'unit', 'asset', 'signal'] as const;

/** Counts per record type: what a check found, or what an import did. */
export function ImportSummary({ answer, done }: { answer: ImportAnswer; done: boolean }) {
  const t = useTranslations('plantImport');
  const format = useFormatter();
  const n = (v: number) => format.number(v);
  const s = answer.summary;
  const lines = [
    { label: done ? t('created') : t('willCreate'), counts: s.create, testId: 'create' },
    { label: done ? t('updated') : t('willUpdate'), counts: s.update, testId: 'update' },
    { label: t('unchanged'), counts: s.unchanged, testId: 'unchanged' },
  ];
  return (
    <div data-testid={done ? 'import-result' : 'import-summary'}>
      <p className="mb-2 text-sm">
        {t('rowsTotal')}: <strong className="tabular-nums">{n(s.rows)}</strong>
        {s.invalidRows > 0 && (
          <span className="ms-4 text-red-700">
            {done ? t('skipped') : t('rowsInvalid')}: <strong className="tabular-nums">{n(s.invalidRows)}</strong>
          </span>
        )}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[22rem] text-sm">
          <thead className="text-xs text-slate-500">
            <tr>
              <th className="py-1 pe-3 text-start font-medium" />
              {RECORDS.map((r) => (
                <th key={r} className="py-1 pe-3 text-end font-medium">
                  {t(`records.${r}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.testId} className="border-t border-slate-100" data-testid={`summary-${line.testId}`}>
                <th className="py-1 pe-3 text-start font-medium">{line.label}</th>
                {RECORDS.map((r) => (
                  <td key={r} className="py-1 pe-3 text-end tabular-nums">
                    {n(line.counts[r])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
