'use client';

import { useState } from 'react';
import * as Switch from '@radix-ui/react-switch';
import { useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from '@/lib/i18n/navigation';
import { FLAG_NAMES, type FeatureFlag, type FlagSet } from '@/lib/flags/flags';
import { apiFetch } from '@/components/api/api-client';
import { useApiMessage } from '@/components/api/use-api-message';
import { useToast } from '@/components/ui/toast';

/** One switch per module; each flip is saved at once (optimistically, rolled back on failure). */
export function FlagSwitches({ tenant, flags }: { tenant: { id: string; name: string }; flags: FlagSet }) {
  const t = useTranslations();
  const message = useApiMessage();
  const toast = useToast();
  const router = useRouter();
  const [state, setState] = useState(flags);
  const save = useMutation({
    mutationFn: ({ flag, enabled }: { flag: FeatureFlag; enabled: boolean }) =>
      apiFetch<{ flags: FlagSet }>(`/api/tenants/${encodeURIComponent(tenant.id)}/flags`, {
        method: 'PUT',
        body: { flags: { [flag]: enabled } },
      }),
    onMutate: ({ flag, enabled }) => setState((s) => ({ ...s, [flag]: enabled })),
    onError: (error, { flag, enabled }) => {
      setState((s) => ({ ...s, [flag]: !enabled }));
      toast(message(error, 'tenants.errors.generic'), 'bad');
    },
    onSuccess: (saved, { flag, enabled }) => {
      setState(saved.flags);
      const name = t(`flags.${flag}`);
      toast(t(enabled ? 'tenants.flagOn' : 'tenants.flagOff', { flag: name, tenant: tenant.name }));
      router.refresh();
    },
  });
  const saving = save.isPending ? save.variables.flag : null;
  const toggle = (flag: FeatureFlag, enabled: boolean) => save.mutate({ flag, enabled });

  return (
    <ul className="divide-y divide-slate-100" data-testid="tenant-flags">
      {FLAG_NAMES.map((flag) => {
        const id = `flag-${flag}`;
        return (
          <li key={flag} className="flex items-center justify-between gap-4 py-3">
            <label htmlFor={id} className="flex flex-wrap items-baseline gap-x-2 text-sm font-medium">
              {t(`flags.${flag}`)}
              <span className="ltr-isolate font-mono text-xs font-normal text-slate-400">{flag}</span>
            </label>
            <Switch.Root
              id={id}
              checked={state[flag]}
              disabled={saving === flag}
              onCheckedChange={(checked) => toggle(flag, checked)}
              data-testid={id}
              className="relative inline-flex h-6 w-11 shrink-0 items-center rounded-full bg-slate-300 transition-colors focus-visible:ring-2 focus-visible:ring-brand-500/40 focus-visible:outline-none disabled:opacity-60 data-[state=checked]:bg-brand-600"
            >
              <Switch.Thumb className="block size-5 translate-x-0.5 rounded-full bg-white shadow transition-transform data-[state=checked]:translate-x-[1.375rem] rtl:-translate-x-0.5 rtl:data-[state=checked]:-translate-x-[1.375rem]" />
            </Switch.Root>
          </li>
        );
      })}
    </ul>
  );
}
