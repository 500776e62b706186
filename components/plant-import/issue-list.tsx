'use client';

import { useRef } from 'react';
import { useTranslations } from 'next-intl';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { IssueView } from '@/lib/plant-import/import-shapes';

/**
 * The import's problems, each with file, row (as Excel numbers it) and column, in the page's
 * language (the message keys are translated here; the API's `detail` is for API callers).
 * Virtualized like the preview: a broken 100,000-row file lists 100,000 problems.
 */
export function IssueList({ issues, showFile }: { issues: IssueView[]; showFile: boolean }) {
  const t = useTranslations();
  const ti = useTranslations('plantImport');
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: issues.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 52,
    overscan: 8,
  });
  const message = (i: IssueView) => {
    const params = { record: '', row: '', file: '', ...i.params };
    if (typeof params.record === 'string' && ['site', 'unit', 'asset', 'signal'].includes(params.record)) {
      params.record = ti(`records.${params.record as 'site'}`);
    }
    return t.has(i.message as never) ? t(i.message as never, params as never) : i.detail;
  };

  return (
    <div ref={scroller} className="max-h-80 overflow-auto rounded-md border border-red-200" data-testid="import-issues">
      <ul className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const issue = issues[item.index]!;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-testid="import-issue"
              className="absolute inset-x-0 border-b border-red-100 px-3 py-2 text-sm"
              style={{ top: item.start }}
            >
              <div className="flex flex-wrap items-baseline gap-x-3 text-xs text-slate-500">
                {showFile && (
                  <bdi dir="ltr" className="font-mono">
                    {issue.file}
                  </bdi>
                )}
                <span>{issue.row === 0 ? ti('fileIssue') : `${ti('columns.row')} ${issue.row}`}</span>
                {issue.column && (
                  <span>
                    {ti('columns.column')}{' '}
                    <bdi dir="ltr" className="font-mono">
                      {issue.column}
                    </bdi>
                  </span>
                )}
              </div>
              <p className="text-red-800">{message(issue)}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
