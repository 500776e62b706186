import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/card';
import type { ApiKeyView } from '@/lib/api-keys/list-api-keys';
import type { ApiKeyStatus } from '@/lib/api-keys/api-key-status';
import { RevokeApiKeyButton } from './revoke-api-key-button';

const TONES: Record<ApiKeyStatus, 'good' | 'warn' | 'bad' | 'neutral'> = {
  active: 'good',
  narrowed: 'warn',
  suspended: 'bad',
  expired: 'warn',
  revoked: 'neutral',
};

/** The tenant's keys: a table on wide screens, cards on small ones. Never any secret. */
export async function ApiKeyList({ items }: { items: ApiKeyView[] }) {
  const t = await getTranslations('apiKeys');
  const tRoles = await getTranslations('roles');
  const format = await getFormatter();
  const when = (d: Date | null, empty: string) =>
    d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : empty;
  const creator = (k: ApiKeyView) => t('createdBy', { name: k.createdBy?.name ?? t('unknownCreator') });
  const status = (k: ApiKeyView) => (
    <span data-testid="api-key-status" data-status={k.status}>
      <Badge tone={TONES[k.status]}>{t(`status.${k.status}`)}</Badge>
    </span>
  );
  // Why a key does less than its role says: its creator's current role, or their disabled account.
  const note = (k: ApiKeyView) => {
    if (k.status === 'narrowed' && k.createdBy) {
      return t('statusNote.narrowed', { name: k.createdBy.name, role: tRoles(k.createdBy.role) });
    }
    if (k.status === 'suspended') {
      return k.createdBy ? t('statusNote.suspended', { name: k.createdBy.name }) : t('statusNote.suspendedNoCreator');
    }
    return null;
  };
  const statusNote = (k: ApiKeyView) => {
    const text = note(k);
    return text ? (
      <p className="mt-1 text-xs text-slate-600" data-testid="api-key-status-note">
        {text}
      </p>
    ) : null;
  };
  const prefix = (k: ApiKeyView) => <span className="ltr-isolate font-mono text-xs text-slate-500">{k.prefix}…</span>;
  const th = 'px-2 py-2 text-start font-medium';

  return (
    <>
      <div className="hidden overflow-x-auto lg:block">
        <table className="w-full text-sm" data-testid="api-keys-table">
          <thead>
            <tr className="border-b border-slate-200 text-slate-500">
              <th className={th}>{t('columns.name')}</th>
              <th className={th}>{t('columns.role')}</th>
              <th className={th}>{t('columns.status')}</th>
              <th className={th}>{t('columns.lastUsed')}</th>
              <th className={th}>{t('columns.expires')}</th>
              <th className={th}>{t('columns.created')}</th>
              <th className={th}>
                <span className="sr-only">{t('columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((k) => (
              <tr key={k.id} className="border-b border-slate-100 align-top last:border-0" data-testid="api-key-row">
                <td className="px-2 py-3">
                  <p className="font-medium" data-testid="api-key-name">
                    {k.name}
                  </p>
                  {prefix(k)}
                </td>
                <td className="px-2 py-3">{tRoles(k.role)}</td>
                <td className="px-2 py-3">
                  {status(k)}
                  {statusNote(k)}
                </td>
                <td className="px-2 py-3 whitespace-nowrap">{when(k.lastUsedAt, t('never'))}</td>
                <td className="px-2 py-3 whitespace-nowrap">{when(k.expiresAt, t('noExpiry'))}</td>
                <td className="px-2 py-3">
                  <p className="whitespace-nowrap">{when(k.createdAt, '')}</p>
                  <p className="text-xs text-slate-500">{creator(k)}</p>
                </td>
                <td className="px-2 py-3 text-end">
                  {k.status !== 'revoked' && <RevokeApiKeyButton id={k.id} name={k.name} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 lg:hidden" data-testid="api-keys-cards">
        {items.map((k) => (
          <li key={k.id} className="rounded-lg border border-slate-200 p-3" data-testid="api-key-card">
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="truncate font-medium">{k.name}</p>
                {prefix(k)}
              </div>
              {status(k)}
            </div>
            {statusNote(k)}
            <dl className="mt-3 grid grid-cols-2 gap-x-3 gap-y-2 text-sm">
              <div>
                <dt className="text-xs text-slate-500">{t('columns.role')}</dt>
                <dd>{tRoles(k.role)}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">{t('columns.lastUsed')}</dt>
                <dd>{when(k.lastUsedAt, t('never'))}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">{t('columns.expires')}</dt>
                <dd>{when(k.expiresAt, t('noExpiry'))}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">{t('columns.created')}</dt>
                <dd>
                  {when(k.createdAt, '')}
                  <span className="block text-xs text-slate-500">{creator(k)}</span>
                </dd>
              </div>
            </dl>
            {k.status !== 'revoked' && (
              <div className="mt-3 flex justify-end">
                <RevokeApiKeyButton id={k.id} name={k.name} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
