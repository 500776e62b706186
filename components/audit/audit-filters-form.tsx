'use client';

import { useState, useTransition, type FormEvent } from 'react';
import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { ZAuditFilters } from '@/lib/audit/audit-filters';
import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { useApiMessage } from '@/components/api/use-api-message';
import { AUDIT_ACTOR_TYPES } from '@/lib/audit/audit-actor';
import { actionKey, auditHref, targetKey, type AuditQuery } from './audit-query';

interface Props {
  query: AuditQuery;
  actions: string[];
  targetTypes: string[];
  /** the API keys that acted in this log */
  apiKeys: { id: string; name: string; prefix: string }[];
  /** the platform owner's tenant choices; absent for tenant users */
  tenants?: { id: string; name: string }[];
  actorName?: string;
}

const PLATFORM = 'platform';

/**
 * Filters in the URL: actor type, API key, action, target type, dates and (platform owner) tenant;
 * a person as a removable chip.
 */
export function AuditFiltersForm({ query, actions, targetTypes, apiKeys, tenants, actorName }: Props) {
  const t = useTranslations('auditLog');
  const tActor = useTranslations('auditActor');
  const tAll = useTranslations();
  const message = useApiMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState({
    action: query.action ?? '',
    actorType: query.actorType ?? '',
    apiKeyId: query.apiKeyId ?? '',
    targetType: query.targetType ?? '',
    from: query.from ?? '',
    to: query.to ?? '',
    tenant: query.scope === 'platform' ? PLATFORM : (query.tenant_id ?? ''),
  });
  const [error, setError] = useState<string | null>(null);
  // On phones the fields fold away behind a button, so the entries start on the first screen.
  const [expanded, setExpanded] = useState(false);
  const label = (key: string, raw: string) => (tAll.has(key) ? tAll(key) : raw);

  const go = (next: AuditQuery) => startTransition(() => router.push(auditHref(next)));

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: AuditQuery = {
      action: values.action,
      actorType: (values.actorType || undefined) as AuditQuery['actorType'],
      apiKeyId: values.apiKeyId,
      targetType: values.targetType,
      from: values.from,
      to: values.to,
      actorUserId: query.actorUserId,
      ...(values.tenant === PLATFORM ? { scope: 'platform' as const } : { tenant_id: values.tenant }),
    };
    const parsed = ZAuditFilters.safeParse(next);
    if (!parsed.success) return setError(message(parsed.error.issues[0]?.message, 'errors.validation'));
    setError(null);
    go(next);
  }

  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const field = 'flex flex-col gap-1 text-sm';
  const activeCount = [
    query.actorType,
    query.apiKeyId,
    query.action,
    query.targetType,
    query.from,
    query.to,
    query.scope || query.tenant_id,
  ].filter(Boolean).length;
  const active = activeCount > 0 || Boolean(query.actorUserId);

  return (
    <form onSubmit={submit} noValidate className="mb-4 space-y-3" aria-busy={pending} data-testid="audit-filters">
      <button
        type="button"
        onClick={() => setExpanded((v) => !v)}
        aria-expanded={expanded}
        aria-controls="audit-filter-fields"
        className={clsx(buttonClass('secondary', 'sm'), 'md:hidden')}
        data-testid="toggle-filters"
      >
        <svg aria-hidden viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M3 5h18M6 12h12M10 19h4" />
        </svg>
        {activeCount > 0 ? t('filters.titleCount', { count: activeCount }) : t('filters.title')}
      </button>
      <div
        id="audit-filter-fields"
        className={clsx('gap-3 sm:grid-cols-2 md:grid lg:grid-cols-4', expanded ? 'grid' : 'hidden')}
      >
        {tenants && (
          <label className={field}>
            <span className="font-medium text-slate-700">{t('filters.tenant')}</span>
            <select value={values.tenant} onChange={set('tenant')} className={inputClass} data-testid="filter-tenant">
              <option value="">{t('filters.allTenants')}</option>
              <option value={PLATFORM}>{t('filters.platformOnly')}</option>
              {tenants.map((tenant) => (
                <option key={tenant.id} value={tenant.id}>
                  {tenant.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className={field}>
          <span className="font-medium text-slate-700">{tActor('filters.actorType')}</span>
          <select
            value={values.actorType}
            onChange={set('actorType')}
            className={inputClass}
            data-testid="filter-actor-type"
          >
            <option value="">{tActor('filters.allActorTypes')}</option>
            {AUDIT_ACTOR_TYPES.map((type) => (
              <option key={type} value={type}>
                {tActor(`filters.${type}`)}
              </option>
            ))}
          </select>
        </label>
        {(apiKeys.length > 0 || query.apiKeyId) && (
          <label className={field}>
            <span className="font-medium text-slate-700">{tActor('filters.apiKey')}</span>
            <select
              value={values.apiKeyId}
              onChange={set('apiKeyId')}
              className={inputClass}
              data-testid="filter-api-key"
            >
              <option value="">{tActor('filters.allApiKeys')}</option>
              {apiKeys.map((key) => (
                <option key={key.id} value={key.id}>
                  {`${key.name} (${key.prefix}…)`}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className={field}>
          <span className="font-medium text-slate-700">{t('filters.action')}</span>
          <select value={values.action} onChange={set('action')} className={inputClass} data-testid="filter-action">
            <option value="">{t('filters.allActions')}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {label(actionKey(a), a)}
              </option>
            ))}
          </select>
        </label>
        <label className={field}>
          <span className="font-medium text-slate-700">{t('filters.targetType')}</span>
          <select
            value={values.targetType}
            onChange={set('targetType')}
            className={inputClass}
            data-testid="filter-target"
          >
            <option value="">{t('filters.allTargets')}</option>
            {targetTypes.map((type) => (
              <option key={type} value={type}>
                {label(targetKey(type), type)}
              </option>
            ))}
          </select>
        </label>
        <label className={field}>
          <span className="font-medium text-slate-700">{t('filters.from')}</span>
          <input
            type="date"
            value={values.from}
            onChange={set('from')}
            className={inputClass}
            data-testid="filter-from"
          />
        </label>
        <label className={field}>
          <span className="font-medium text-slate-700">{t('filters.to')}</span>
          <input type="date" value={values.to} onChange={set('to')} className={inputClass} data-testid="filter-to" />
        </label>
      </div>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800" data-testid="audit-filter-error">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <span className={expanded ? 'contents' : 'hidden md:contents'}>
          <button type="submit" className={buttonClass('primary', 'sm')} disabled={pending} data-testid="apply-filters">
            {t('filters.apply')}
          </button>
        </span>
        {active && (
          <button
            type="button"
            className={buttonClass('ghost', 'sm')}
            onClick={() => go({})}
            data-testid="clear-filters"
          >
            {t('filters.clear')}
          </button>
        )}
        {pending && (
          <span role="status" className="animate-pulse text-sm text-slate-500" data-testid="audit-pending">
            {t('loading')}
          </span>
        )}
        {query.actorUserId && (
          <span
            className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-1 ps-3 pe-1 text-sm text-brand-700"
            data-testid="actor-chip"
          >
            {t('actorChip', { name: actorName ?? '…' })}
            <button
              type="button"
              aria-label={t('removeActor')}
              onClick={() => go({ ...query, actorUserId: undefined, page: undefined })}
              className="rounded-full p-1 hover:bg-brand-100"
            >
              <svg
                aria-hidden
                viewBox="0 0 24 24"
                className="size-3.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="2.5"
              >
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </button>
          </span>
        )}
      </div>
    </form>
  );
}
