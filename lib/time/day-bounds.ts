/**
 * Calendar days in a time zone as UTC instants: "from 2026-12-01" in Asia/Riyadh starts at
 * 2026-11-30T21:00:00Z. Zone arithmetic (offsets, daylight saving) comes from @date-fns/tz, which
 * reads the runtime's Intl data; no zone database of our own. Safe for the browser.
 */
import { TZDate } from '@date-fns/tz';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → [year, monthIndex, day]; throws on anything else (callers validate first). */
function parts(day: string): [number, number, number] {
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  return [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
}

/**
 * The first instant of `day` in `timeZone` (its local 00:00; where a DST jump skips midnight, the
 * first time that exists that day).
 */
export function startOfDayIn(day: string, timeZone: string): Date {
  const [year, month, date] = parts(day);
  return new Date(new TZDate(year, month, date, timeZone).getTime());
}

/** The first instant after `day` in `timeZone`: a day is [startOfDayIn, endOfDayIn). */
export function endOfDayIn(day: string, timeZone: string): Date {
  const [year, month, date] = parts(day);
  return new Date(new TZDate(year, month, date + 1, timeZone).getTime());
}

/** The calendar day (`YYYY-MM-DD`) that `instant` falls on in `timeZone`. */
export function dayIn(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}
