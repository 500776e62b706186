/**
 * What every plant list shares: a case-insensitive search over some text columns (LIKE wildcards
 * literal) and one page of rows with the total, counted with the same filter.
 */
import { pageArgs, pageResult, type Pagination } from '../http/pagination';
import { escapeLike } from './plant-search';

type Contains = { contains: string; mode: 'insensitive' };

/** `{ OR: [{ field: { contains, mode } }, …] }` for a given `q`, else `{}` (no condition). */
export function searchWhere<F extends string>(
  q: string | undefined,
  fields: readonly F[],
): { OR?: Partial<Record<F, Contains>>[] } {
  if (!q) return {};
  const term = escapeLike(q);
  return {
    OR: fields.map((field) => ({ [field]: { contains: term, mode: 'insensitive' } }) as Partial<Record<F, Contains>>),
  };
}

/**
 * `{ items, page, pageSize, total, pageCount }`: `find` reads the page (given skip/take) while
 * `count` counts every row of the same filter.
 */
export async function listPage<T>(
  input: Pagination,
  find: (page: { skip: number; take: number }) => Promise<T[]>,
  count: () => Promise<number>,
) {
  const [items, total] = await Promise.all([find(pageArgs(input)), count()]);
  return pageResult(items, total, input);
}
