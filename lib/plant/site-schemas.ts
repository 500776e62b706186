/** Sites and units (ISA-95 areas): the zod schemas shared by the API and future forms. */
import { z } from 'zod';
import { ZId, ZPlantCode, ZPlantName } from './plant-text';

export const ZCreateSite = z.strictObject(
  { code: ZPlantCode, nameAr: ZPlantName, nameEn: ZPlantName },
  { error: 'plant.validation.unknownField' },
);
export type CreateSite = z.infer<typeof ZCreateSite>;

export const ZUpdateSite = ZCreateSite.partial();
export type UpdateSite = z.infer<typeof ZUpdateSite>;

export const ZCreateUnit = z.strictObject(
  { siteId: ZId, code: ZPlantCode, nameAr: ZPlantName, nameEn: ZPlantName },
  { error: 'plant.validation.unknownField' },
);
export type CreateUnit = z.infer<typeof ZCreateUnit>;

/** A unit stays in its site; code and names may change. */
export const ZUpdateUnit = ZCreateUnit.omit({ siteId: true }).partial();
export type UpdateUnit = z.infer<typeof ZUpdateUnit>;
