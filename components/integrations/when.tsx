'use client';

import { useFormatter, useNow } from 'next-intl';

/**
 * A moment as "5 minutes ago" (kept current) and, under it, the date and time in the tenant's zone
 * (next-intl carries the zone; lib/i18n/request.ts). `none` when there is no moment.
 */
export function When({
  at,
  none,
  testId,
  inline,
}: {
  at: string | null | undefined;
  none: string;
  testId?: string;
  inline?: boolean;
}) {
  const format = useFormatter();
  const now = useNow({ updateInterval: 10_000 });
  if (!at)
    return (
      <span className="text-slate-500" data-testid={testId}>
        {none}
      </span>
    );
  const date = new Date(at);
  const absolute = format.dateTime(date, { dateStyle: 'medium', timeStyle: 'medium' });
  // A moment a little ahead of this browser's clock reads "now", not "in 3 seconds".
  const relative = format.relativeTime(date.getTime() > now.getTime() ? now : date, now);
  return (
    <time
      dateTime={at}
      title={absolute}
      data-testid={testId}
      className={inline ? 'inline-flex flex-wrap gap-x-1' : 'block'}
    >
      <span className="font-medium">{relative}</span>
      <span className={inline ? 'text-slate-500' : 'block text-xs text-slate-500'}>
        {inline ? `(${absolute})` : absolute}
      </span>
    </time>
  );
}
