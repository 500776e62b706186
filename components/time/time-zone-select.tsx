import { useMemo, type SelectHTMLAttributes } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { inputClass } from '@/components/ui/field';
import { supportedTimeZones } from '@/lib/time/time-zones';
import { timeZoneGroups, timeZoneLabel, type TimeZoneGroup } from '@/lib/time/time-zone-options';

/**
 * A native select of time zones grouped by region (the Gulf first), each labelled "City — name
 * (GMT±hh:mm)" in the reader's language; typing a city's first letters jumps to it. Server-rendered
 * forms pass `groups` computed on the server (the same labels on hydration); a dialog rendered only
 * in the browser computes them there. The current value is always a choice.
 */
export function TimeZoneSelect({
  groups,
  ...props
}: { groups?: TimeZoneGroup[] } & SelectHTMLAttributes<HTMLSelectElement>) {
  const t = useTranslations('timeZone.regions');
  const locale = useLocale();
  // ~420 zones × two Intl formats: build them once per locale, not on every keystroke of the form
  const list = useMemo(() => groups ?? timeZoneGroups(supportedTimeZones(), locale), [groups, locale]);
  const current = typeof props.value === 'string' ? props.value : '';
  const known = list.some((g) => g.zones.some((z) => z.id === current));
  return (
    <select dir="auto" className={inputClass} {...props}>
      {current && !known && <option value={current}>{timeZoneLabel(current, locale, new Date())}</option>}
      {list.map((group) => (
        <optgroup key={group.region} label={t.has(group.region) ? t(group.region) : group.region}>
          {group.zones.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {zone.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
