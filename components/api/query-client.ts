/**
 * The TanStack Query defaults of the app (docs/decisions.md, "Browser data: TanStack Query").
 * A 4xx answer will not change by asking again, so only network failures and 5xx are retried.
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

// Every query and mutation fails with an ApiError (apiFetch), so `error` is typed as one.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

export const isRetryable = (error: unknown) =>
  !(error instanceof ApiError) || error.status === 0 || error.status >= 500;

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Lists are shared by several people: a few seconds of reuse, then ask again.
        staleTime: 5_000,
        retry: (failures, error) => failures < 2 && isRetryable(error),
      },
      mutations: { retry: false },
    },
  });
}
