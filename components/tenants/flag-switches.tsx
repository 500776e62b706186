'use client';

import { useState } from 'react';
import * as Switch from '@radix-ui/react-switch';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { FLAG_NAMES, type FeatureFlag, type FlagSet } from '@/lib/flags/flags';
import { sendJson } from './api';
import { useToast } from '@/components/ui/toast';
import { useMessage } from './use-message';

/** One switch per module; each flip is saved at once (optimistically, rolled back on failure). */
export function FlagSwitches({ tenant, flags }: { tenant: { id: string; name: string }; flags: FlagSet }) {
  const t = useTranslations();
  const message = useMessage();
  const toast = useToast();
  const router = useRouter();
  const [state, setState] = useState(flags);
  const [saving, setSaving] = useState<FeatureFlag | null>(null);

  async function toggle(flag: FeatureFlag, enabled: boolean) {
    setSaving(flag);
    setState((s) => ({ ...s, [flag]: enabled }));
    const result = await sendJson<{ flags: FlagSet }>(`/api/tenants/${tenant.id}/flags`, 'PUT', {
      flags: { [flag]: enabled },
    });
    setSaving(null);
    if (!result.ok) {
      setState((s) => ({ ...s, [flag]: !enabled }));
      return toast(message(result.problem.messageKey), 'bad');
    }
    setState(result.data.flags);
    const name = t(`flags.${flag}`);
    toast(t(enabled ? 'tenants.flagOn' : 'tenants.flagOff', { flag: name, tenant: tenant.name }));
    router.refresh();
  }

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
