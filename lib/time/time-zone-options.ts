/**
 * The time-zone picker's choices: IANA zones grouped by region, the Gulf first, each labelled in
 * the reader's language as "City — generic name (UTC±hh:mm)" from Intl (CLDR), e.g.
 * "Riyadh — Arabian Time (GMT+03:00)". The offset is the one in force at `now` (DST moves it).
 * Safe for the browser; server-rendered forms compute the labels on the server and pass them down
 * so the browser's ICU cannot disagree on hydration.
 */
export interface TimeZoneOption {
  id: string;
  label: string;
}
export interface TimeZoneGroup {
  /** 'gulf', an IANA area ('Africa', 'America', 'Asia', …) or 'other' (UTC, Etc/…) */
  region: string;
  zones: TimeZoneOption[];
}

/** The Gulf Cooperation Council's zones and Iraq's, listed first in this order. */
export const GULF_TIME_ZONES = [
  'Asia/Riyadh',
  'Asia/Dubai',
  'Asia/Qatar',
  'Asia/Kuwait',
  'Asia/Bahrain',
  'Asia/Muscat',
  'Asia/Baghdad',
] as const;

const AREAS = [
  'Africa',
  'America',
  'Antarctica',
  'Arctic',
  'Asia',
  'Atlantic',
  'Australia',
  'Europe',
  'Indian',
  'Pacific',
];

function zonePart(zone: string, locale: string, now: Date, timeZoneName: 'longGeneric' | 'longOffset') {
  try {
    return (
      new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName })
        .formatToParts(now)
        .find((p) => p.type === 'timeZoneName')?.value ?? ''
    );
  } catch {
    return '';
  }
}

/** "Riyadh — Arabian Time (GMT+03:00)"; the city from the IANA name (its last part). */
export function timeZoneLabel(zone: string, locale: string, now: Date): string {
  const city = zone.split('/').pop()!.replace(/_/g, ' ');
  const generic = zonePart(zone, locale, now, 'longGeneric');
  const offset = zonePart(zone, locale, now, 'longOffset');
  const name = generic && generic !== offset ? `${city} — ${generic}` : city;
  return offset ? `${name} (${offset})` : name;
}

/** `zones` grouped for the picker: the Gulf first, then areas alphabetically, then 'other'. */
export function timeZoneGroups(zones: string[], locale: string, now = new Date()): TimeZoneGroup[] {
  const gulf = GULF_TIME_ZONES.filter((z) => zones.includes(z));
  const rest = new Map<string, string[]>();
  for (const zone of zones) {
    if ((gulf as string[]).includes(zone)) continue;
    const area = zone.split('/')[0]!;
    const region = AREAS.includes(area) && zone.includes('/') ? area : 'other';
    rest.set(region, [...(rest.get(region) ?? []), zone]);
  }
  const label = (id: string) => ({ id, label: timeZoneLabel(id, locale, now) });
  const regions = [...rest.keys()].filter((r) => r !== 'other').sort();
  if (rest.has('other')) regions.push('other');
  return [
    ...(gulf.length > 0 ? [{ region: 'gulf', zones: gulf.map(label) }] : []),
    ...regions.map((region) => ({
      region,
      zones: rest
        .get(region)!
        .map(label)
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    })),
  ];
}
