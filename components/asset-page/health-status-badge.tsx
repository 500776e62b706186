import clsx from 'clsx';
import type { HealthStatus } from '@/lib/health/health-types';

const STYLE: Record<HealthStatus, { tone: string; icon: string }> = {
  normal: { tone: 'bg-emerald-50 text-emerald-800 ring-emerald-200', icon: '✓' },
  warning: { tone: 'bg-amber-50 text-amber-900 ring-amber-300', icon: '!' },
  critical: { tone: 'bg-red-50 text-red-800 ring-red-300', icon: '✕' },
  unknown: { tone: 'bg-slate-100 text-slate-700 ring-slate-300', icon: '?' },
};

/**
 * A health status as an icon and its word (never color alone), with the score when there is one.
 * `label` is the localized status; `score` already formatted.
 */
export function HealthStatusBadge({ status, label, score }: { status: HealthStatus; label: string; score?: string }) {
  const style = STYLE[status];
  return (
    <span
      className={clsx(
        'inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1',
        style.tone,
      )}
      data-testid="health-status"
      data-status={status}
    >
      <span aria-hidden className="font-bold">
        {style.icon}
      </span>
      {label}
      {score !== undefined && <bdi className="tabular-nums">· {score}</bdi>}
    </span>
  );
}

const CONNECTIVITY_STYLE: Record<string, { tone: string; icon: string }> = {
  live: { tone: 'bg-emerald-50 text-emerald-800 ring-emerald-200', icon: '●' },
  demo: { tone: 'bg-sky-50 text-sky-800 ring-sky-200', icon: '◐' },
  stale: { tone: 'bg-amber-50 text-amber-900 ring-amber-300', icon: '◌' },
  none: { tone: 'bg-slate-100 text-slate-600 ring-slate-300', icon: '○' },
};

/** A connectivity (live / demo / stale / none) as a shape and its word. */
export function ConnectivityBadge({ connectivity, label }: { connectivity: string; label: string }) {
  const style = CONNECTIVITY_STYLE[connectivity] ?? CONNECTIVITY_STYLE.none!;
  return (
    <span
      className={clsx(
        'inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1',
        style.tone,
      )}
      data-testid="connectivity"
      data-connectivity={connectivity}
    >
      <span aria-hidden>{style.icon}</span>
      {label}
    </span>
  );
}
