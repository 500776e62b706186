'use client';

import { useCallback, useEffect, useState } from 'react';
import { callApi, usersUrl, type Problem, type UserPage } from './users-api';
import { apiQuery, type UsersQuery } from './use-users-query';

interface Loaded {
  key: string;
  data: UserPage | null;
  error: Problem | null;
}

/** Loads a page of users for the URL state; keeps the previous page on screen while the next loads. */
export function useUsers(tenantId: string | null, query: UsersQuery) {
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ key: '', data: null, error: null });
  const url = usersUrl('', tenantId, apiQuery(query));
  const key = `${url}#${version}`;

  useEffect(() => {
    let current = true;
    callApi<UserPage>(url).then((result) => {
      if (!current) return;
      setLoaded((prev) =>
        result.ok ? { key, data: result.data, error: null } : { key, data: prev.data, error: result.problem },
      );
    });
    return () => {
      current = false;
    };
  }, [url, key]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: loaded.data, error: loaded.error, loading: loaded.key !== key, reload };
}
