'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listUsers, USERS_KEY } from './user-requests';
import { apiQuery, type UsersQuery } from './use-users-query';

/**
 * A page of users for the URL state, through TanStack Query: the previous page stays on screen
 * while the next one loads, and any change to a user (which invalidates USERS_KEY) reloads it.
 */
export function useUsers(query: UsersQuery) {
  const params = apiQuery(query);
  return useQuery({
    queryKey: [...USERS_KEY, 'list', params.toString()],
    queryFn: ({ signal }) => listUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}
