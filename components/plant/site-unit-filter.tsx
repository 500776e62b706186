'use client';

import { useState } from 'react';
import { inputClass } from '@/components/ui/field';

interface Option {
  id: string;
  label: string;
}

/**
 * The site and unit selects of the assets filter form (plain GET fields `site_id`, `unit_id`): the
 * unit list narrows to the chosen site as soon as it is chosen, and a unit of another site is
 * dropped. Without JavaScript the server narrows it after "Apply".
 */
export function SiteUnitFilter({
  sites,
  units,
  site: initialSite,
  unit: initialUnit,
  labels,
}: {
  sites: Option[];
  units: (Option & { siteId: string })[];
  site?: string;
  unit?: string;
  labels: { site: string; unit: string; all: string };
}) {
  const [site, setSite] = useState(initialSite ?? '');
  const [unit, setUnit] = useState(initialUnit ?? '');
  const shown = site ? units.filter((u) => u.siteId === site) : units;
  const select = (
    name: 'site_id' | 'unit_id',
    label: string,
    value: string,
    options: Option[],
    onChange: (v: string) => void,
  ) => (
    <label className="block text-sm">
      <span className="mb-1 block font-medium text-slate-700">{label}</span>
      <select
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
        data-testid={`filter-${name}`}
      >
        <option value="">{labels.all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      {select('site_id', labels.site, site, sites, (v) => {
        setSite(v);
        if (v && units.find((u) => u.id === unit)?.siteId !== v) setUnit('');
      })}
      {select('unit_id', labels.unit, unit, shown, setUnit)}
    </>
  );
}
