'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { buttonClass } from '@/components/ui/button';

/** POST /api/tenants's answer (the fields the UI uses). */
export interface CreatedTenant {
  tenant: { id: string; name: string; slug: string };
  admin: { id: string; name: string; email: string | null; username: string | null; authSource: 'local' | 'sso' };
  oneTimePassword?: string;
}

/** After creation: how the admin signs in, and the one-time password, shown this once. */
export function CreatedTenantNotice({ created, onDone }: { created: CreatedTenant; onDone: () => void }) {
  const t = useTranslations('tenants');
  const [copied, setCopied] = useState(false);
  const { tenant, admin, oneTimePassword } = created;
  const identifier = admin.email ?? admin.username ?? '';

  async function copy() {
    if (!oneTimePassword) return;
    try {
      await navigator.clipboard.writeText(oneTimePassword);
      setCopied(true);
    } catch {
      // Clipboard refused (permissions, insecure origin): the password stays selectable on screen.
    }
  }

  return (
    <div className="space-y-4" data-testid="tenant-created">
      <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
        {t('created.body', { tenant: tenant.name, admin: admin.name })}
      </p>
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="text-slate-500">{t('created.signInAs')}</dt>
          <dd className="ltr-isolate font-mono" data-testid="created-identifier">
            {identifier}
          </dd>
        </div>
        {oneTimePassword && (
          <div>
            <dt className="text-slate-500">{t('created.otpLabel')}</dt>
            <dd className="mt-1 flex flex-wrap items-center gap-2">
              <code
                dir="ltr"
                className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-base select-all"
                data-testid="one-time-password"
              >
                {oneTimePassword}
              </code>
              <button type="button" onClick={copy} className={buttonClass('secondary', 'sm')} aria-live="polite">
                {copied ? t('created.copied') : t('created.copy')}
              </button>
            </dd>
          </div>
        )}
      </dl>
      <p role="note" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        {oneTimePassword
          ? t('created.otpWarning')
          : admin.authSource === 'sso'
            ? t('created.ssoBody')
            : t('created.passwordSet')}
      </p>
      <div className="flex flex-col-reverse gap-2 border-t border-slate-200 pt-4 sm:flex-row sm:justify-end">
        <Link href={`/tenants/${tenant.id}`} className={buttonClass('secondary')} onClick={onDone}>
          {t('created.openTenant')}
        </Link>
        <button type="button" onClick={onDone} className={buttonClass('primary')} data-testid="created-done">
          {t('created.done')}
        </button>
      </div>
    </div>
  );
}
