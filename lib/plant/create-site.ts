import 'server-only';
import { tenantDb } from '../db/tenant-db';
import { assertCan, auditPlant, uniqueOr409, type PlantActor } from './plant-actor';
import { uniqueKey } from './plant-text';
import { SITE_FIELDS } from './list-sites';
import type { CreateSite } from './site-schemas';

/** Creates a site; 409 `site_code_taken` when the code exists in this tenant (any case). */
export async function createSite(actor: PlantActor, input: CreateSite) {
  assertCan(actor, 'assets.manage');
  const site = await uniqueOr409(
    () =>
      tenantDb(actor).site.create({
        data: { ...input, codeKey: uniqueKey(input.code) } as never,
        select: SITE_FIELDS,
      }),
    'site_code_taken',
    'plant.errors.siteCodeTaken',
    'code',
  );
  await auditPlant(actor, 'site.create', { type: 'site', id: site.id }, { after: input });
  return site;
}
