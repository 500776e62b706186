import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { assertCan, auditPlant, changedFields, pick, uniqueOr409, type PlantActor } from './plant-actor';
import { uniqueKey } from './plant-text';
import { getSite, SITE_FIELDS } from './list-sites';
import type { UpdateSite } from './site-schemas';

/** Changes code and/or names; 404 for another tenant's site, 409 `site_code_taken`. */
export async function updateSite(actor: PlantActor, id: string, input: UpdateSite) {
  assertCan(actor, 'assets.manage');
  const current = await getSite(actor, id);
  const changes = changedFields(current, input);
  if (Object.keys(changes).length === 0) return current;
  const site = await uniqueOr409(
    () =>
      tenantDb(actor).site.update({
        where: { tenantId_id: { tenantId: actor.tenantId!, id } },
        data: { ...changes, ...(changes.code ? { codeKey: uniqueKey(changes.code) } : {}) },
        select: SITE_FIELDS,
      }),
    'site_code_taken',
    'plant.errors.siteCodeTaken',
    'code',
  );
  await auditPlant(
    actor,
    'site.update',
    { type: 'site', id },
    { before: pick(current, Object.keys(changes)), after: changes },
  );
  return site;
}
