'use client';

import type { ReactNode } from 'react';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type SortingState,
} from '@tanstack/react-table';
import clsx from 'clsx';

/**
 * A server-driven table on TanStack Table: the caller owns sorting (usually in the URL) and
 * pagination, this renders. On small screens it shows `renderCard` per row instead of the table.
 * Columns sort when they set `enableSorting: true`; the header then is a button with aria-sort.
 */
export function DataTable<T>({
  columns,
  data,
  getRowId,
  sorting,
  onSortingChange,
  renderCard,
  busy,
  testId,
  rowTestId,
}: {
  columns: ColumnDef<T, unknown>[];
  data: T[];
  getRowId: (row: T) => string;
  sorting?: SortingState;
  onSortingChange?: OnChangeFn<SortingState>;
  renderCard?: (row: T) => ReactNode;
  /** dims the rows while newer data loads */
  busy?: boolean;
  testId?: string;
  rowTestId?: string;
}) {
  // TanStack Table is not memoizable by the React Compiler; it skips this component, which is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    defaultColumn: { enableSorting: false },
    state: { sorting: sorting ?? [] },
    onSortingChange,
  });
  const rows = table.getRowModel().rows;
  return (
    <div aria-busy={busy || undefined} className={clsx('transition-opacity', busy && 'opacity-60')}>
      <table className={clsx('w-full text-sm', renderCard && 'hidden md:table')} data-testid={testId}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-slate-200 text-slate-500">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    className="py-2 pe-3 text-start font-medium"
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        data-testid={`sort-${header.column.id}`}
                        className="inline-flex items-center gap-1 rounded hover:text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
                      >
                        {label}
                        <span aria-hidden className={clsx('text-xs', !sorted && 'text-slate-300')}>
                          {sorted === 'desc' ? '▼' : '▲'}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid={rowTestId} className="border-b border-slate-100 last:border-0">
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className="py-2.5 pe-3 align-middle">
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {renderCard && (
        <ul className="space-y-2 md:hidden" data-testid={testId ? `${testId}-cards` : undefined}>
          {rows.map((row) => (
            <li key={row.id} className="rounded-lg border border-slate-200 p-3">
              {renderCard(row.original)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
