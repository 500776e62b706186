'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { usePathname, useRouter } from '@/lib/i18n/navigation';
import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

/** Search and status filter, kept in the URL (?q=&status=) so a filtered list can be shared or reloaded. */
export function TenantFilters({ q, status }: { q?: string; status?: string }) {
  const t = useTranslations('tenants');
  const tStatus = useTranslations('status');
  const router = useRouter();
  const pathname = usePathname();
  const [query, setQuery] = useState(q ?? '');
  const [pending, startTransition] = useTransition();

  const go = (next: { q?: string; status?: string }) => {
    const params = new URLSearchParams();
    if (next.q?.trim()) params.set('q', next.q.trim());
    if (next.status) params.set('status', next.status);
    const s = params.toString();
    startTransition(() => router.push(s ? `${pathname}?${s}` : pathname));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: query, status });
  };

  return (
    <form
      role="search"
      onSubmit={submit}
      className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-end"
      aria-busy={pending}
      data-testid="tenant-filters"
    >
      <div className="flex-1">
        <label htmlFor="tenant-search" className="sr-only">
          {t('searchLabel')}
        </label>
        <input
          id="tenant-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('searchPlaceholder')}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="tenant-status" className="sr-only">
          {t('statusFilter')}
        </label>
        <select
          id="tenant-status"
          value={status ?? ''}
          onChange={(e) => go({ q: query, status: e.target.value })}
          className={inputClass}
        >
          <option value="">{t('allStatuses')}</option>
          <option value="active">{tStatus('active')}</option>
          <option value="suspended">{tStatus('suspended')}</option>
        </select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass('secondary')} disabled={pending}>
          {t('search')}
        </button>
        {(q || status) && (
          <button
            type="button"
            className={buttonClass('ghost')}
            onClick={() => {
              setQuery('');
              go({});
            }}
          >
            {t('clearFilters')}
          </button>
        )}
        {pending && (
          <span role="status" className="animate-pulse self-center text-sm text-slate-500">
            {t('loading')}
          </span>
        )}
      </div>
    </form>
  );
}
