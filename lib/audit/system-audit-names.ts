/**
 * Names for the people and tenants an audit page mentions. Actors may be platform owners (no
 * tenant), so this is a platform-level read; audit-item.ts decides what a viewer may see of it.
 */
import 'server-only';
import { db } from '../db/client';

export interface AuditRowRefs {
  actorUserId: string | null;
  targetType: string;
  targetId: string | null;
  tenantId: string | null;
}

/** A plant object an entry targets, as it is now: its code or tag, and its page. */
export interface AuditPlantTarget {
  tenantId: string;
  name: string;
  href: string;
}

export interface AuditNames {
  users: Map<string, { name: string; role: string; tenantId: string | null }>;
  tenants: Map<string, string>;
  /** plant objects that still exist, by `${type}:${id}` */
  plant: Map<string, AuditPlantTarget>;
}

/** The plant target types whose objects have a page (asset links have none; their entries name no object). */
const PLANT_TYPES = ['site', 'unit', 'asset', 'signal'] as const;

const isUuid = (s: string | null): s is string =>
  Boolean(s && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s));

export async function loadAuditNames(rows: AuditRowRefs[]): Promise<AuditNames> {
  const userIds = new Set<string>();
  const tenantIds = new Set<string>();
  for (const r of rows) {
    if (isUuid(r.actorUserId)) userIds.add(r.actorUserId);
    if (r.targetType === 'user' && isUuid(r.targetId)) userIds.add(r.targetId);
    if (r.targetType === 'tenant' && isUuid(r.targetId)) tenantIds.add(r.targetId);
    if (isUuid(r.tenantId)) tenantIds.add(r.tenantId);
  }
  const plantIds = Object.fromEntries(
    PLANT_TYPES.map((type) => [
      type,
      [...new Set(rows.filter((r) => r.targetType === type && isUuid(r.targetId)).map((r) => r.targetId!))],
    ]),
  ) as Record<(typeof PLANT_TYPES)[number], string[]>;
  const where = (ids: string[]) => ({ where: { id: { in: ids } } });
  const [users, tenants, sites, units, assets, signals] = await Promise.all([
    userIds.size
      ? db().user.findMany({
          where: { id: { in: [...userIds] } },
          select: { id: true, name: true, role: true, tenantId: true },
        })
      : [],
    tenantIds.size
      ? db().tenant.findMany({ where: { id: { in: [...tenantIds] } }, select: { id: true, name: true } })
      : [],
    plantIds.site.length
      ? db().site.findMany({ ...where(plantIds.site), select: { id: true, tenantId: true, code: true } })
      : [],
    plantIds.unit.length
      ? db().unit.findMany({ ...where(plantIds.unit), select: { id: true, tenantId: true, code: true } })
      : [],
    plantIds.asset.length
      ? db().asset.findMany({ ...where(plantIds.asset), select: { id: true, tenantId: true, tag: true } })
      : [],
    plantIds.signal.length
      ? db().signal.findMany({
          ...where(plantIds.signal),
          select: { id: true, tenantId: true, tag: true, assetId: true },
        })
      : [],
  ]);
  const plant = new Map<string, AuditPlantTarget>([
    ...sites.map((s) => [`site:${s.id}`, { tenantId: s.tenantId, name: s.code, href: `/sites/${s.id}` }] as const),
    ...units.map((u) => [`unit:${u.id}`, { tenantId: u.tenantId, name: u.code, href: `/units/${u.id}` }] as const),
    ...assets.map((a) => [`asset:${a.id}`, { tenantId: a.tenantId, name: a.tag, href: `/assets/${a.id}` }] as const),
    ...signals.map(
      (s) =>
        [`signal:${s.id}`, { tenantId: s.tenantId, name: s.tag, href: `/assets/${s.assetId}#signal-${s.id}` }] as const,
    ),
  ]);
  return {
    users: new Map(users.map((u) => [u.id, { name: u.name, role: u.role, tenantId: u.tenantId }])),
    tenants: new Map(tenants.map((t) => [t.id, t.name])),
    plant,
  };
}
