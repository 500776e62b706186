import type { SelectHTMLAttributes } from 'react';
import { inputClass } from '@/components/ui/field';
import { supportedTimeZones } from '@/lib/time/time-zones';

/**
 * A native select of IANA zone names. Server-rendered forms pass `zones` from the server's list
 * (what the API accepts; the same markup on hydration); a dialog rendered only in the browser may
 * use the browser's list. The current value is always a choice.
 */
export function TimeZoneSelect({ zones, ...props }: { zones?: string[] } & SelectHTMLAttributes<HTMLSelectElement>) {
  const list = zones ?? supportedTimeZones();
  const current = typeof props.value === 'string' ? props.value : '';
  const choices = current && !list.includes(current) ? [current, ...list] : list;
  return (
    <select dir="ltr" className={`${inputClass} font-mono`} {...props}>
      {choices.map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </select>
  );
}
