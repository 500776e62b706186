/**
 * Audit log filters, shared by GET /api/audit-log, the audit page (which reads them from its URL)
 * and the filter form. Dates: a day (YYYY-MM-DD, in the tenant's time zone, `to` inclusive) or an
 * ISO date-time with offset.
 */
import { z } from 'zod';
import { ZPagination } from '../http/pagination';
import { endOfDayIn, startOfDayIn } from '../time/day-bounds';
import { AUDIT_ACTOR_TYPES } from './audit-actor';

const E = 'auditLog.errors';

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * `from` is not after `to`. Two days are read in the same zone, so their order is the calendar's.
 * A day beside an instant depends on the caller's zone, which the schema does not know: it refuses
 * only an order wrong in every zone (`from`'s day starting as early as it can, UTC+14; `to`'s
 * ending as late as it can, UTC−12).
 */
function inOrder(from: string, to: string) {
  if (isDay(from) && isDay(to)) return from <= to;
  return dateRange({ from }, 'Etc/GMT-14').gte! < dateRange({ to }, 'Etc/GMT+12').lt!;
}

/** Empty form fields (`?action=`) mean "no filter". */
const blank = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const ZDateBound = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: `${E}.dateInvalid` });

export const ZAuditFilters = ZPagination.extend({
  action: blank(
    z
      .string()
      .trim()
      .max(100, { error: `${E}.actionLength` }),
  ),
  actorUserId: blank(z.uuid({ error: `${E}.actorInvalid` })),
  /** user | api_key | system */
  actorType: blank(z.enum(AUDIT_ACTOR_TYPES, { error: 'auditActor.errors.actorTypeInvalid' })),
  /** entries made with this API key */
  apiKeyId: blank(z.uuid({ error: 'auditActor.errors.apiKeyInvalid' })),
  targetType: blank(
    z
      .string()
      .trim()
      .max(60, { error: `${E}.targetTypeLength` }),
  ),
  from: blank(ZDateBound),
  to: blank(ZDateBound),
  /** platform owner without a tenant: only entries outside every tenant */
  scope: blank(z.enum(['platform'], { error: `${E}.scopeInvalid` })),
}).refine((f) => !f.from || !f.to || inOrder(f.from, f.to), {
  path: ['to'],
  error: `${E}.dateOrder`,
});
export type AuditFilters = z.infer<typeof ZAuditFilters>;

/**
 * The filters' time window as createdAt bounds: from ≤ createdAt < end of `to`'s day, days read
 * in `timeZone` (an IANA name: the tenant's, lib/tenants/system-tenant-time-zone.ts).
 */
export function dateRange(f: { from?: string; to?: string }, timeZone: string): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (f.from) range.gte = isDay(f.from) ? startOfDayIn(f.from, timeZone) : new Date(f.from);
  if (f.to) range.lt = isDay(f.to) ? endOfDayIn(f.to, timeZone) : new Date(new Date(f.to).getTime() + 1);
  return range;
}

/** The filters that narrow the list (not paging), e.g. to tell "no entries" from "no matches". */
export function hasActiveFilters(f: {
  action?: string;
  actorUserId?: string;
  actorType?: string;
  apiKeyId?: string;
  targetType?: string;
  from?: string;
  to?: string;
  scope?: string;
  tenant_id?: string;
}) {
  return Boolean(
    f.action || f.actorUserId || f.actorType || f.apiKeyId || f.targetType || f.from || f.to || f.scope || f.tenant_id,
  );
}
