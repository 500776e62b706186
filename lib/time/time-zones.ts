/**
 * Tenant time zones: IANA names the runtime knows (`Intl.supportedValuesOf('timeZone')`, plus
 * 'UTC', which that list leaves out). Every time is stored in UTC and shown and filtered in the
 * tenant's zone (docs/architecture.md, "Time zones"). Safe for the browser: no server imports.
 */
import { z } from 'zod';

/** New and existing tenants start here (the database default of `tenants.time_zone` too). */
export const DEFAULT_TIME_ZONE = 'Asia/Riyadh';

/** The platform owner outside any tenant sees every tenant's rows: one neutral zone for all. */
export const PLATFORM_TIME_ZONE = 'UTC';

let zones: Set<string> | null = null;

/** Every zone this runtime accepts, sorted (the form's choices come from the server's list). */
export function supportedTimeZones(): string[] {
  return [...knownZones()].sort();
}

function knownZones(): Set<string> {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return zones;
}

export function isSupportedTimeZone(value: string): boolean {
  return knownZones().has(value);
}

/** An IANA zone name, e.g. `Asia/Riyadh`; anything else is `timeZone.errors.invalid`. */
export const ZTimeZone = z
  .string({ error: 'timeZone.errors.invalid' })
  .trim()
  .refine(isSupportedTimeZone, { error: 'timeZone.errors.invalid' });
