/** Shared helpers of the plant integration tests (not a test file itself). */
import crypto from 'node:crypto';
import type { RoleName } from '../rbac/permissions';
import { tenantDb } from '../db/tenant-db';
import { createTenant } from '../test/system-fixtures';
import type { PlantActor } from './plant-actor';
import { createSite } from './create-site';
import { createUnit } from './create-unit';
import { createAsset } from './create-asset';
import { ZCreateAsset } from './asset-schemas';

export { appError } from '../users/test-helpers';

export const actorIn = (tenantId: string, role: RoleName = 'tenant_admin'): PlantActor => ({
  tenantId,
  role,
  userId: crypto.randomUUID(),
  requestId: `req-${crypto.randomBytes(4).toString('hex')}`,
});

let counter = 0;
/** A short unique code/tag suffix. */
export const next = () => `${++counter}${crypto.randomBytes(2).toString('hex')}`.toUpperCase();

/** A tenant with one site, one unit and an admin actor. */
export async function plantWorld() {
  const tenant = await createTenant();
  const admin = actorIn(tenant.id);
  const site = await createSite(admin, { code: `S-${next()}`, nameAr: 'موقع', nameEn: 'Site' });
  const unit = await createUnit(admin, { siteId: site.id, code: `U-${next()}`, nameAr: 'وحدة', nameEn: 'Unit' });
  return { tenant, admin, site, unit };
}

/** An asset with the minimum fields (overridable), through the same schema as the API. */
export function newAsset(actor: PlantActor, unitId: string, fields: Record<string, unknown> = {}) {
  return createAsset(
    actor,
    ZCreateAsset.parse({
      unitId,
      tag: `P-${next()}`,
      nameAr: 'مضخة',
      nameEn: 'Pump',
      type: 'pump',
      criticality: 'B',
      ...fields,
    }),
  );
}

/** The plant audit rows about one target, oldest first. */
export const auditRows = (tenantId: string, targetId: string) =>
  tenantDb({ tenantId }).auditLog.findMany({ where: { targetId }, orderBy: { createdAt: 'asc' } });
