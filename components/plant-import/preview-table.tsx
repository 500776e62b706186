'use client';

import { useRef } from 'react';
import { useTranslations } from 'next-intl';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import clsx from 'clsx';
import type { Locale } from '@/lib/i18n/locales';
import type { PreviewRowView } from '@/lib/plant-import/import-shapes';

const ACTION_STYLE: Record<string, string> = {
  create: 'bg-emerald-50 text-emerald-800',
  update: 'bg-sky-50 text-sky-800',
  unchanged: 'bg-slate-100 text-slate-600',
  error: 'bg-red-50 text-red-800',
};
// Row, record, code/tag, name, result: the same grid for the header and every row.
const GRID = 'grid grid-cols-[4rem_5.5rem_minmax(9rem,1fr)_minmax(10rem,2fr)_6.5rem] gap-x-3 px-2';

/**
 * Every row of the checked files with what the import will do to it. TanStack Table for the
 * columns, TanStack Virtual so 100,000 rows stay fast: only the rows in view are in the DOM.
 * Narrow screens scroll the grid sideways inside its box.
 */
export function PreviewTable({ rows, locale }: { rows: PreviewRowView[]; locale: Locale }) {
  const t = useTranslations('plantImport');
  const records = new Set(['site', 'unit', 'asset', 'signal']);
  const columns: ColumnDef<PreviewRowView, unknown>[] = [
    {
      id: 'row',
      header: t('columns.row'),
      cell: ({ row }) => <span className="tabular-nums">{row.original.row}</span>,
    },
    {
      id: 'record',
      header: t('columns.record'),
      cell: ({ row }) =>
        records.has(row.original.record) ? t(`records.${row.original.record as 'site'}`) : row.original.record,
    },
    {
      id: 'key',
      header: t('columns.key'),
      cell: ({ row }) => (
        <bdi dir="ltr" className="truncate font-mono text-xs">
          {row.original.key}
        </bdi>
      ),
    },
    {
      id: 'name',
      header: t('columns.name'),
      cell: ({ row }) => (
        <span className="truncate">{locale === 'ar' ? row.original.nameAr : row.original.nameEn}</span>
      ),
    },
    {
      id: 'action',
      header: t('columns.action'),
      cell: ({ row }) => {
        const action = row.original.action ?? 'error';
        return (
          <span className={clsx('rounded px-1.5 py-0.5 text-xs font-medium', ACTION_STYLE[action])}>
            {t(`actions.${action}`)}
          </span>
        );
      },
    },
  ];
  // Neither TanStack hook is memoizable by the React Compiler; it skips this component, which is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (r) => `${r.file}:${r.row}`,
    getCoreRowModel: getCoreRowModel(),
  });
  const tableRows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 36,
    overscan: 12,
  });

  return (
    <div
      ref={scroller}
      className="max-h-[28rem] overflow-auto rounded-md border border-slate-200"
      data-testid="import-preview"
      role="table"
      aria-rowcount={tableRows.length + 1}
    >
      <div className="min-w-[38rem]">
        {table.getHeaderGroups().map((group) => (
          <div
            key={group.id}
            role="row"
            className={clsx(
              GRID,
              'sticky top-0 z-10 border-b border-slate-200 bg-slate-50 py-2 text-xs text-slate-500',
            )}
          >
            {group.headers.map((h) => (
              <div key={h.id} role="columnheader" className="text-start font-medium">
                {flexRender(h.column.columnDef.header, h.getContext())}
              </div>
            ))}
          </div>
        ))}
        <div className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = tableRows[item.index]!;
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={item.index + 2}
                data-testid="import-preview-row"
                className={clsx(
                  GRID,
                  'absolute inset-x-0 items-center border-b border-slate-100 text-sm',
                  row.original.action === null && 'bg-red-50/40',
                )}
                style={{ top: item.start, height: item.size }}
              >
                {row.getVisibleCells().map((cell) => (
                  <div key={cell.id} role="cell" className="flex min-w-0 items-center">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
