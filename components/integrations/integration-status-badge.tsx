'use client';

import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import type { IntegrationStatus, TagHealthState } from './integration-requests';

const STATUS_STYLE: Record<IntegrationStatus, { tone: string; icon: string }> = {
  connected: { tone: 'bg-emerald-50 text-emerald-800 ring-emerald-200', icon: '●' },
  degraded: { tone: 'bg-amber-50 text-amber-900 ring-amber-300', icon: '◐' },
  error: { tone: 'bg-red-50 text-red-800 ring-red-300', icon: '✕' },
  disabled: { tone: 'bg-slate-100 text-slate-600 ring-slate-300', icon: '○' },
  pending: { tone: 'bg-sky-50 text-sky-800 ring-sky-200', icon: '…' },
};

const chip = 'inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1';

/** An integration's status as a colour, a shape and its word (never colour alone). */
export function IntegrationStatusBadge({ status }: { status: IntegrationStatus }) {
  const t = useTranslations('integrationsUi.status');
  const style = STATUS_STYLE[status] ?? STATUS_STYLE.pending;
  return (
    <span className={clsx(chip, style.tone)} data-testid="integration-status" data-status={status}>
      <span aria-hidden>{style.icon}</span>
      {t(status)}
    </span>
  );
}

const HEALTH_STYLE: Record<TagHealthState, { tone: string; icon: string }> = {
  ok: { tone: 'bg-emerald-50 text-emerald-800 ring-emerald-200', icon: '✓' },
  stale: { tone: 'bg-amber-50 text-amber-900 ring-amber-300', icon: '◌' },
  flatlined: { tone: 'bg-amber-50 text-amber-900 ring-amber-300', icon: '—' },
  out_of_range: { tone: 'bg-red-50 text-red-800 ring-red-300', icon: '!' },
  error: { tone: 'bg-red-50 text-red-800 ring-red-300', icon: '✕' },
  no_data: { tone: 'bg-slate-100 text-slate-600 ring-slate-300', icon: '○' },
};

/** A mapped tag's health (ok / stale / flatlined / out of range / error / no data) as a shape and its word. */
export function TagHealthBadge({ state }: { state: TagHealthState }) {
  const t = useTranslations('integrationsUi.tagHealth');
  const style = HEALTH_STYLE[state] ?? HEALTH_STYLE.no_data;
  return (
    <span className={clsx(chip, style.tone)} data-testid="tag-health" data-state={state}>
      <span aria-hidden>{style.icon}</span>
      {t(state)}
    </span>
  );
}
