import { z } from 'zod';

/** ?page=1&pageSize=25 — bounded so a client cannot ask for the whole table. */
export const ZPagination = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type Pagination = z.infer<typeof ZPagination>;

export function pageArgs({ page, pageSize }: Pagination) {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

export function pageResult<T>(items: T[], total: number, { page, pageSize }: Pagination) {
  return { items, page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** A page past the last one of a list that has rows (a stale link or a hand-edited `?page=`). */
export function isBeyondLastPage({ page, pageCount, total }: { page: number; pageCount: number; total: number }) {
  return total > 0 && page > pageCount;
}
