'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { Dialog } from '@/components/ui/dialog';
import { buttonClass } from '@/components/ui/button';
import { CreateTenantForm } from './create-tenant-form';
import { CreatedTenantNotice, type CreatedTenant } from './created-tenant';

/** "New tenant": the form, then (same dialog) the result with the one-time password. */
export function CreateTenantDialog() {
  const t = useTranslations('tenants');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedTenant | null>(null);

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    // Closing forgets the one-time password: it is never shown again.
    if (!next) setCreated(null);
  };

  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={buttonClass('primary')} data-testid="new-tenant">
        <svg aria-hidden viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M12 5v14M5 12h14" />
        </svg>
        {t('newTenant')}
      </button>
      <Dialog
        open={open}
        onOpenChange={onOpenChange}
        title={created ? t('created.title') : t('create.title')}
        description={created ? undefined : t('create.description')}
        closeLabel={t('close')}
        testId="create-tenant-dialog"
        keepOnOutsideClick
        wide={!created}
      >
        {created ? (
          <CreatedTenantNotice created={created} onDone={() => onOpenChange(false)} />
        ) : (
          <CreateTenantForm
            onCancel={() => onOpenChange(false)}
            onCreated={(c) => {
              setCreated(c);
              router.refresh();
            }}
          />
        )}
      </Dialog>
    </>
  );
}
