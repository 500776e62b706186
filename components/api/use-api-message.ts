'use client';

import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import { GENERIC_ERROR_KEY } from '@/lib/http/problem-shape';
import type { ApiError } from './api-client';

/**
 * The localized text of a message key (from a form's errors, a zod schema or an ApiError), in the
 * page's language, with `values` for its placeholders (e.g. `{max}`). An unknown key (e.g. a zod
 * default message) shows `fallback` instead.
 */
export function useApiMessage() {
  const t = useTranslations();
  return useCallback(
    (
      source: ApiError | string | null | undefined,
      fallback: string = GENERIC_ERROR_KEY,
      values?: Record<string, string | number>,
    ) => {
      const key = typeof source === 'string' ? source : source?.messageKey;
      return key && t.has(key) ? t(key, values) : t(fallback);
    },
    [t],
  );
}
