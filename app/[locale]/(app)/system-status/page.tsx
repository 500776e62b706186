import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Badge, Card, DefinitionList, PageHeader } from '@/components/ui/card';
import { FLAG_NAMES } from '@/lib/flags/flags';
import { guardedTitle } from '@/lib/navigation/page-title';
import { requirePage } from '@/lib/navigation/require-page';
import { configStatus } from '@/lib/system/system-status';

export const generateMetadata = guardedTitle('systemStatus', 'systemStatus.title');

export default async function SystemStatusPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  await requirePage('systemStatus');
  const status = await configStatus();
  const t = await getTranslations();
  const format = await getFormatter();
  const m = status.database.migrations;
  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <PageHeader title={t('systemStatus.title')} />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t('systemStatus.application')}>
          <DefinitionList
            rows={[
              { label: t('systemStatus.version'), value: <span className="ltr-isolate">{status.app.version}</span> },
              {
                label: t('systemStatus.environment'),
                value: <span className="ltr-isolate">{status.app.environment}</span>,
              },
            ]}
          />
        </Card>
        <Card title={t('systemStatus.worker')} testId="worker-status">
          <DefinitionList
            rows={[
              {
                label: t('systemStatus.status'),
                value: (
                  <Badge tone={status.worker.healthy ? 'good' : 'bad'}>
                    {t(status.worker.healthy ? 'systemStatus.healthy' : 'systemStatus.unhealthy')}
                  </Badge>
                ),
              },
              {
                label: t('systemStatus.lastHeartbeat'),
                value: status.worker.lastHeartbeatAt
                  ? format.dateTime(new Date(status.worker.lastHeartbeatAt), {
                      dateStyle: 'medium',
                      timeStyle: 'long', // names the zone: the platform owner reads UTC here
                    })
                  : t('systemStatus.never'),
              },
            ]}
          />
        </Card>
        <Card title={t('systemStatus.database')} className="md:col-span-2">
          <DefinitionList
            rows={[
              {
                label: t('systemStatus.serverVersion'),
                value: <span className="ltr-isolate">{status.database.serverVersion}</span>,
              },
              { label: t('systemStatus.embedded'), value: status.database.embedded ? '✓' : '—' },
              {
                label: t('systemStatus.migrationsApplied'),
                value: format.number(m.applied),
                testId: 'migrations-applied',
              },
              {
                label: t('systemStatus.migrationsPending'),
                value:
                  m.pending.length === 0 ? (
                    <Badge tone="good">0</Badge>
                  ) : (
                    <Badge tone="warn">{m.pending.join(', ')}</Badge>
                  ),
              },
              {
                label: t('systemStatus.latestMigration'),
                value: <span className="ltr-isolate font-mono text-xs">{m.latest ?? '—'}</span>,
              },
            ]}
          />
        </Card>
      </div>
      <Card title={t('systemStatus.tenants')}>
        <div className="space-y-3">
          {status.tenants.map((tenant) => (
            <div key={tenant.id} className="rounded-lg border border-slate-100 p-3" data-testid="tenant-flags">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{tenant.name}</span>
                <span className="ltr-isolate text-xs text-slate-500">{tenant.slug}</span>
                <Badge tone={tenant.status === 'active' ? 'good' : 'warn'}>{t(`status.${tenant.status}`)}</Badge>
              </div>
              <ul className="mt-2 flex flex-wrap gap-1.5">
                {FLAG_NAMES.map((flag) => (
                  <li key={flag}>
                    <Badge tone={tenant.flags[flag] ? 'good' : 'neutral'}>
                      {t(`flags.${flag}`)}: {t(tenant.flags[flag] ? 'status.enabled' : 'status.off')}
                    </Badge>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Card>
    </div>
  );
}
