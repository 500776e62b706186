/**
 * Request bodies of the integrations API (browser-safe: no server-only imports, so the forms can
 * use them too). Error messages are message keys under `integrationsApi.validation.*`. The
 * kind-specific `config` and `secrets` are checked afterwards with the kind's connector schemas
 * (connector-input.ts), which only the server has.
 */
import { z } from 'zod';
import { zName } from '../validation/human-text';
import { INTEGRATION_KINDS } from '../connectors/connector';

export { INTEGRATION_KINDS };

export const INTEGRATION_NAME_MAX = 120;

export const ZIntegrationName = zName({
  required: 'integrationsApi.validation.nameRequired',
  length: 'integrationsApi.validation.nameTooLong',
  max: INTEGRATION_NAME_MAX,
});

export const ZIntegrationKind = z.enum(INTEGRATION_KINDS, { error: 'integrationsApi.validation.kind' });

/** The kind's non-secret settings, as a JSON object (its fields are checked by the connector). */
const ZConfigObject = z.record(z.string(), z.unknown(), { error: 'integrationsApi.validation.config' });

/**
 * Secret fields by name. A string sets the field; `null` clears it (PATCH); an omitted field is
 * kept as stored. Values are at most 8 KiB (a PEM private key fits).
 */
const ZSecretsPatch = z.record(
  z.string(),
  z
    .string({ error: 'integrationsApi.validation.secret' })
    .max(8192, { error: 'integrationsApi.validation.secret' })
    .nullable(),
  { error: 'integrationsApi.validation.secrets' },
);

export const ZCreateIntegration = z.object({
  name: ZIntegrationName,
  kind: ZIntegrationKind,
  config: ZConfigObject.default({}),
  secrets: ZSecretsPatch.optional(),
});
export type CreateIntegration = z.infer<typeof ZCreateIntegration>;

export const ZUpdateIntegration = z.object({
  name: ZIntegrationName.optional(),
  config: ZConfigObject.optional(),
  secrets: ZSecretsPatch.optional(),
  enabled: z.boolean({ error: 'integrationsApi.validation.enabled' }).optional(),
});
export type UpdateIntegration = z.infer<typeof ZUpdateIntegration>;

/** Test a connection before saving (no integrationId) or with a saved integration's secrets. */
export const ZTestConnection = z.object({
  kind: ZIntegrationKind,
  config: ZConfigObject.default({}),
  secrets: ZSecretsPatch.optional(),
  integrationId: z.uuid({ error: 'integrationsApi.validation.id' }).optional(),
});
export type TestConnectionInput = z.infer<typeof ZTestConnection>;

const ZExternalTag = z
  .string({ error: 'integrationsApi.validation.externalTag' })
  .trim()
  .min(1, { error: 'integrationsApi.validation.externalTag' })
  .max(500, { error: 'integrationsApi.validation.externalTag' })
  .regex(/^[^\u0000-\u001f\u007f]+$/, { error: 'integrationsApi.validation.externalTag' });
const ZSourceUnit = z
  .string({ error: 'integrationsApi.validation.sourceUnit' })
  .trim()
  .max(32, { error: 'integrationsApi.validation.sourceUnit' })
  .transform((v) => (v === '' ? null : v))
  .nullable();
const ZScale = z
  .number({ error: 'integrationsApi.validation.scale' })
  .finite({ error: 'integrationsApi.validation.scale' })
  .refine((v) => v !== 0, { error: 'integrationsApi.validation.scale' });
const ZOffset = z.number({ error: 'integrationsApi.validation.offset' }).finite({
  error: 'integrationsApi.validation.offset',
});
const ZDeadband = z
  .number({ error: 'integrationsApi.validation.deadband' })
  .finite({ error: 'integrationsApi.validation.deadband' })
  .min(0, { error: 'integrationsApi.validation.deadband' })
  .nullable();

/**
 * A mapping: external tag → the tenant's signal. Stored value = (raw × scale + offset), converted
 * from `sourceUnit` (null: already in the signal's unit) to the signal's unit.
 */
export const ZCreateMapping = z.object({
  externalTag: ZExternalTag,
  signalId: z.uuid({ error: 'integrationsApi.validation.signalId' }),
  sourceUnit: ZSourceUnit.optional(),
  scale: ZScale.optional(),
  offset: ZOffset.optional(),
  deadband: ZDeadband.optional(),
});
export type CreateMapping = z.infer<typeof ZCreateMapping>;

export const ZUpdateMapping = ZCreateMapping.partial();
export type UpdateMapping = z.infer<typeof ZUpdateMapping>;
