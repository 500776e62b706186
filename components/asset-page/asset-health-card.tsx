import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { quantityTag, quantityText } from '@/components/ui/quantity';
import type { HealthFactor, HealthSnapshot } from '@/lib/health/health-types';
import { HealthStatusBadge } from './health-status-badge';

type SignalInfo = { tag: string; unit: string | null };
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The asset's newest health snapshot: status (icon and word), score, failure probability over its
 * horizon, and every contributing factor said in words, its signal linked to that signal's chart.
 */
export async function AssetHealthCard({
  health,
  signals,
}: {
  health: HealthSnapshot | null;
  signals: Map<string, SignalInfo>;
}) {
  const t = await getTranslations('assetPage.health');
  const format = await getFormatter();
  const n = (v: number | null, digits = 2) => (v === null ? '—' : format.number(v, { maximumFractionDigits: digits }));
  const pct = (v: number | null) =>
    v === null ? '—' : format.number(v, { style: 'percent', maximumFractionDigits: v < 0.01 && v > 0 ? 2 : 1 });
  const signalLink = (id: string | null, fallback: unknown) => {
    const tag = (id && signals.get(id)?.tag) || (typeof fallback === 'string' ? fallback : '—');
    const body = (
      <bdi dir="ltr" className="font-mono">
        {tag}
      </bdi>
    );
    return id ? (
      <a
        href={`#signal-${id}`}
        className="text-brand-700 underline-offset-2 hover:underline"
        data-testid="factor-signal"
      >
        {body}
      </a>
    ) : (
      body
    );
  };
  const word = (k: 'high' | 'low' | 'rising' | 'falling') => t(`words.${k}`);
  const levelWord = (level: unknown) =>
    t(`words.${level === 'critical' ? 'critical' : level === 'warning' ? 'warning' : 'normal'}`);
  const unitOf = (id: string | null) => (id && signals.get(id)?.unit) || '';

  function explain(f: HealthFactor): ReactNode {
    const sig = () => signalLink(f.signalId, f.tag);
    const unit = unitOf(f.signalId);
    switch (f.kind) {
      case 'band_excursion':
        return t.rich('factors.band_excursion', {
          sig,
          direction: word(f.side === 'low' ? 'low' : 'high'),
          levelName: levelWord(f.level),
          deviation: quantityText(n(num(f.deviation)), unit),
          limit: quantityText(n(num(f.limit)), unit),
          value: quantityText(n(num(f.value)), unit),
          q: quantityTag,
        });
      case 'trend_to_limit': {
        const hours = num(f.hoursToLimit);
        return t.rich(hours === null ? 'factors.trend_away' : 'factors.trend_to_limit', {
          sig,
          motion: word(f.side === 'low' ? 'falling' : 'rising'),
          levelName: levelWord(f.limitLevel),
          slope: quantityText(n(Math.abs(num(f.slopePerHour) ?? 0), 3), unit),
          limit: quantityText(n(num(f.limit)), unit),
          hours: n(hours, 1),
          probability: pct(num(f.probabilityWithinHorizon)),
          horizon: n(health!.horizonHours, 0),
          q: quantityTag,
        });
      }
      case 'alarm_rate':
        return t.rich('factors.alarm_rate', { sig, onsets: n(num(f.onsets), 0), perDay: n(num(f.perDay), 1) });
      case 'time_since_maintenance': {
        const days = (num(f.hoursSinceMaintenance) ?? 0) / 24;
        const interval = num(f.intervalHours);
        return interval === null
          ? t('factors.maintenance', { days: n(days, 0) })
          : t('factors.maintenance_interval', { days: n(days, 0), interval: n(interval / 24, 0) });
      }
      case 'degradation': {
        const drivers = Array.isArray(f.drivers) ? (f.drivers as { signalId: string; sensor: string }[]) : [];
        const hours = num(f.hoursToFailure);
        return (
          <>
            {hours === null
              ? t('factors.degradation', { rul: n(num(f.rulCycles), 0), cap: n(num(f.rulCap), 0) })
              : t('factors.degradation_hours', {
                  rul: n(num(f.rulCycles), 0),
                  cap: n(num(f.rulCap), 0),
                  hours: n(hours, 0),
                })}{' '}
            {drivers.length > 0 && (
              <>
                {t('factors.drivers')}{' '}
                {drivers.map((d, i) => (
                  <span key={`${d.signalId}-${i}`} className="me-2 inline-block">
                    {signalLink(d.signalId, d.sensor)}
                  </span>
                ))}
              </>
            )}
          </>
        );
      }
      case 'stale_data': {
        const last = typeof f.lastSampleAt === 'string' ? new Date(f.lastSampleAt) : null;
        return last
          ? t.rich('factors.stale_data', {
              sig,
              age: n(num(f.ageHours), 1),
              time: format.dateTime(last, { dateStyle: 'medium', timeStyle: 'short' }),
            })
          : t.rich('factors.stale_never', { sig });
      }
      default:
        return t('factors.other', { kind: String(f.kind) });
    }
  }

  if (!health) {
    return (
      <Card title={t('title')} testId="asset-health">
        <HealthStatusBadge status="unknown" label={t('status.unknown')} />
        <p className="mt-2 text-sm text-slate-500" data-testid="health-none">
          {t('none')}
        </p>
      </Card>
    );
  }
  const horizon =
    health.horizonHours % 24 === 0
      ? t('days', { n: health.horizonHours / 24 })
      : t('hours', { n: health.horizonHours });
  return (
    <Card title={t('title')} testId="asset-health">
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <p className="text-xs text-slate-500">{t('statusLabel')}</p>
          <p className="mt-1">
            <HealthStatusBadge status={health.status} label={t(`status.${health.status}`)} />
          </p>
          <p className="mt-1 text-xs text-slate-500">{t(`statusMeaning.${health.status}`)}</p>
        </div>
        <div>
          <p className="text-xs text-slate-500">{t('score')}</p>
          <p className="mt-1 text-2xl font-semibold tabular-nums" data-testid="health-score">
            {health.score === null ? '—' : format.number(health.score, { maximumFractionDigits: 1 })}
            <span className="text-sm font-normal text-slate-500"> / {format.number(100)}</span>
          </p>
        </div>
        <div>
          <p className="text-xs text-slate-500">{t('probability', { horizon })}</p>
          <p className="mt-1 text-2xl font-semibold tabular-nums" data-testid="health-probability">
            {pct(health.failureProbability)}
          </p>
        </div>
      </div>
      <p className="mt-3 text-xs text-slate-500">
        {t('computedAt', {
          time: format.dateTime(new Date(health.computedAt), { dateStyle: 'medium', timeStyle: 'short' }),
        })}
      </p>
      <h3 className="mt-4 mb-2 text-sm font-semibold">{t('factorsTitle')}</h3>
      {health.factors.length === 0 ? (
        <p className="text-sm text-slate-500" data-testid="factors-empty">
          {t('noFactors')}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {health.factors.map((f, i) => {
            const impact = (num(f.weight) ?? 0) * (num(f.severity) ?? 0);
            return (
              <li key={i} className="py-2" data-testid="health-factor" data-kind={f.kind}>
                <p className="font-medium">{t(`kinds.${f.kind}`)}</p>
                <p className="text-slate-700">{explain(f)}</p>
                {impact > 0 && <p className="text-xs text-slate-500">{t('impact', { pct: pct(impact) })}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
