/** Assets and asset links: the zod schemas shared by the API and future forms. */
import { z } from 'zod';
import { optionalText, ZAssetTag, ZId, ZPlantName } from './plant-text';

export const ASSET_TYPES = [
  'pump',
  'compressor',
  'heat_exchanger',
  'reactor',
  'vessel',
  'column',
  'turbine',
  'tank',
  'valve',
  'motor',
  'analyzer',
  'line',
] as const;
export type AssetTypeName = (typeof ASSET_TYPES)[number];

/** A: failure stops the plant or endangers people/environment; B: degrades production; C: neither. */
export const ASSET_CRITICALITIES = ['A', 'B', 'C'] as const;
export const ASSET_STATUSES = ['active', 'retired'] as const;
export const LINK_MEDIA = [
  'feed',
  'product',
  'cooling_water',
  'steam',
  'fuel_gas',
  'recycle',
  'purge',
  'other',
] as const;

/** Metadata is a JSON object of at most this many bytes (UTF-8 of its JSON text). */
export const METADATA_MAX_BYTES = 16 * 1024;

export const metadataBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

export const ZAssetMetadata = z
  .record(z.string(), z.json(), { error: 'plant.validation.metadata' })
  .refine((m) => metadataBytes(m) <= METADATA_MAX_BYTES, { error: 'plant.validation.metadataTooLarge' });

/** `YYYY-MM-DD`; blank means "not given". */
const ZInstallDate = z.preprocess(
  (v) => (v === '' ? null : v),
  z.iso.date({ error: 'plant.validation.date' }).nullable().optional(),
);

const assetFields = {
  // Blank: the form's unit was never chosen (said as such, not as a malformed id).
  unitId: z
    .string({ error: 'plant.validation.unitRequired' })
    .min(1, { error: 'plant.validation.unitRequired' })
    .pipe(ZId),
  parentId: ZId.nullable().optional(),
  tag: ZAssetTag,
  nameAr: ZPlantName,
  nameEn: ZPlantName,
  type: z.enum(ASSET_TYPES, { error: 'plant.validation.assetType' }),
  criticality: z.enum(ASSET_CRITICALITIES, { error: 'plant.validation.criticality' }),
  status: z.enum(ASSET_STATUSES, { error: 'plant.validation.assetStatus' }),
  manufacturer: optionalText(200),
  model: optionalText(200),
  installDate: ZInstallDate,
  metadata: ZAssetMetadata,
};

export const ZCreateAsset = z.strictObject(
  {
    ...assetFields,
    status: assetFields.status.default('active'),
    metadata: assetFields.metadata.default({}),
  },
  { error: 'plant.validation.unknownField' },
);
export type CreateAsset = z.infer<typeof ZCreateAsset>;

/** Every field may change; `status: 'retired'` retires an asset (it keeps its history). */
export const ZUpdateAsset = z.strictObject(assetFields, { error: 'plant.validation.unknownField' }).partial();
export type UpdateAsset = z.infer<typeof ZUpdateAsset>;

export const ZCreateAssetLink = z
  .strictObject(
    {
      fromAssetId: ZId,
      toAssetId: ZId,
      medium: z.enum(LINK_MEDIA, { error: 'plant.validation.medium' }),
    },
    { error: 'plant.validation.unknownField' },
  )
  .refine((l) => l.fromAssetId !== l.toAssetId, { error: 'plant.validation.linkToItself', path: ['toAssetId'] });
export type CreateAssetLink = z.infer<typeof ZCreateAssetLink>;
