'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from '@/lib/i18n/navigation';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import { useApiMessage } from '@/components/api/use-api-message';
import { deleteAsset, saveAsset } from './plant-requests';

type Action = 'retire' | 'reactivate' | 'delete';

/**
 * Retire or reactivate an asset (it keeps its signals, links and history), or delete one created
 * by mistake. Where delete cannot succeed (history, child assets: `deleteBlocked`, the page's
 * localized reason) the button is disabled with the reason next to it; should the asset gain
 * history meanwhile, the API's refusal (409) is shown in the dialog.
 */
export function AssetStatusActions({
  asset,
  afterDelete,
  deleteBlocked,
}: {
  asset: { id: string; tag: string; status: string };
  /** where to go once it is deleted (its page no longer exists) */
  afterDelete: string;
  /** why it cannot be deleted now (localized), if so */
  deleteBlocked?: string;
}) {
  const t = useTranslations('plantUi.assetStatus');
  const message = useApiMessage();
  const toast = useToast();
  const router = useRouter();
  const [open, setOpen] = useState<Action | null>(null);
  const run = useMutation({
    mutationFn: async (action: Action): Promise<unknown> =>
      action === 'delete'
        ? deleteAsset(asset.id)
        : saveAsset({ id: asset.id, body: { status: action === 'retire' ? 'retired' : 'active' } }),
    onSuccess: (_, action) => {
      setOpen(null);
      toast(t(`done.${action}`, { code: asset.tag }));
      if (action === 'delete') router.replace(afterDelete);
      router.refresh();
    },
  });
  const show = (action: Action | null) => {
    run.reset();
    setOpen(action);
  };
  const retired = asset.status === 'retired';

  return (
    <>
      <Button
        size="sm"
        onClick={() => show(retired ? 'reactivate' : 'retire')}
        data-testid={retired ? 'reactivate-asset' : 'retire-asset'}
      >
        {t(retired ? 'reactivate' : 'retire')}
      </Button>
      <Button
        size="sm"
        variant="ghost"
        className="text-red-700"
        onClick={() => show('delete')}
        disabled={Boolean(deleteBlocked)}
        aria-describedby={deleteBlocked ? `delete-blocked-${asset.id}` : undefined}
        data-testid="delete-asset"
      >
        {t('delete')}
      </Button>
      {deleteBlocked && (
        <p
          id={`delete-blocked-${asset.id}`}
          className="basis-full text-xs text-slate-500"
          data-testid="delete-asset-reason"
        >
          {deleteBlocked}
        </p>
      )}
      {open && (
        <ConfirmDialog
          open
          onOpenChange={(o) => !o && show(null)}
          title={t(`${open}Title`, { code: asset.tag })}
          body={t(`${open}Body`)}
          confirmLabel={t(open)}
          cancelLabel={t('cancel')}
          tone={open === 'reactivate' ? 'primary' : 'danger'}
          pending={run.isPending}
          error={run.error ? message(run.error) : undefined}
          onConfirm={() => run.mutate(open)}
          testId={`${open}-asset-dialog`}
        />
      )}
    </>
  );
}
