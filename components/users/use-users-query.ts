'use client';

import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'next/navigation';
import { usePathname, useRouter } from '@/lib/i18n/navigation';
import { USER_SORT_KEYS, USER_STATUSES, type UserSortKey } from '@/lib/users/schemas';
import { TENANT_ROLES } from '@/lib/rbac/permissions';

/** The list's state lives in the URL (shareable, survives reloads and the back button). */
export interface UsersQuery {
  q: string;
  /** the platform owner's tenant filter (a tenant id); ignored for everyone else */
  tenant?: string;
  role?: string;
  status?: string;
  sort: UserSortKey;
  dir: 'asc' | 'desc';
  page: number;
}

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  v && (values as readonly string[]).includes(v) ? (v as T) : undefined;

export function parseUsersQuery(params: URLSearchParams): UsersQuery {
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    tenant: params.get('tenant') || undefined,
    role: oneOf(TENANT_ROLES, params.get('role')),
    status: oneOf(USER_STATUSES, params.get('status')),
    sort: oneOf(USER_SORT_KEYS, params.get('sort')) ?? 'name',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The API query for a list state (only what differs from the defaults). */
export function apiQuery(query: UsersQuery): URLSearchParams {
  const out = new URLSearchParams({ page: String(query.page), pageSize: '25', sort: query.sort, dir: query.dir });
  if (query.tenant) out.set('tenant_id', query.tenant);
  if (query.q.trim()) out.set('q', query.q.trim());
  if (query.role) out.set('role', query.role);
  if (query.status) out.set('status', query.status);
  return out;
}

export function useUsersQuery() {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = useMemo(() => parseUsersQuery(new URLSearchParams(search.toString())), [search]);
  // The URL we last asked for: quick successive changes (filter, then sort) must build on it,
  // not on the previous render's search params, or one change would undo the other.
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === search.toString()) pending.current = null;
  }, [search]);
  const update = useCallback(
    (patch: Partial<UsersQuery>) => {
      const base = new URLSearchParams(pending.current ?? search.toString());
      const next = new URLSearchParams(base);
      // Any change other than paging starts again at page 1.
      const merged = { ...parseUsersQuery(base), ...patch, page: patch.page ?? 1 };
      const defaults: Record<string, string> = { q: '', sort: 'name', dir: 'asc', page: '1' };
      for (const key of ['q', 'tenant', 'role', 'status', 'sort', 'dir', 'page'] as const) {
        const value = merged[key] === undefined ? '' : String(merged[key]);
        if (value === '' || defaults[key] === value) next.delete(key);
        else next.set(key, value);
      }
      const qs = next.toString();
      pending.current = qs;
      router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [router, pathname, search],
  );
  return { query, update };
}
