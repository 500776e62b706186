/**
 * Text fields shared by the plant schemas (browser-safe: no server-only imports). Error messages
 * are message keys under `plant.validation.*`.
 */
import { z } from 'zod';
import { zName } from '../validation/human-text';

export const NAME_MAX = 200;

/** A human name (Arabic or English): trimmed, NFC, no bidi controls or other invisible characters. */
export const ZPlantName = zName({
  required: 'plant.validation.nameRequired',
  length: 'plant.validation.nameTooLong',
  max: NAME_MAX,
});

/** Site and unit codes: short identifiers, e.g. `RYD-1`, `TEP`. */
export const ZPlantCode = z
  .string({ error: 'plant.validation.code' })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]{0,31}$/, { error: 'plant.validation.code' });

/** Asset tags as on P&IDs, e.g. `P-101A`, `E-201/B`, `XMEAS(7)`. */
export const ZAssetTag = z
  .string({ error: 'plant.validation.tag' })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/#()]{0,63}$/, { error: 'plant.validation.tag' });

/**
 * External (historian / DCS / OPC UA) tag names: any letters, digits, punctuation, symbols and
 * inner spaces, up to 200 characters; no control or invisible formatting characters.
 */
export const ZSignalTag = z
  .string({ error: 'plant.validation.signalTag' })
  .trim()
  .min(1, { error: 'plant.validation.signalTag' })
  .max(200, { error: 'plant.validation.signalTag' })
  .regex(/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]+$/u, { error: 'plant.validation.signalTag' });

/** Free short text (manufacturer, model, description); blank means "not given". */
export const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z
      .string()
      .trim()
      .max(max, { error: 'plant.validation.textTooLong' })
      .regex(/^[^\p{Cc}\p{Cf}]*$/u, { error: 'plant.validation.invisibleCharacters' })
      .nullable()
      .optional(),
  );

/** The case-insensitive key a code or tag is unique by within a tenant. */
export const uniqueKey = (value: string) => value.toLowerCase();

/** A uuid in a body; anything else is a 400 on that field. */
export const ZId = z.uuid({ error: 'plant.validation.id' });
