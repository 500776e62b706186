/**
 * POST /api/v1/ingest bodies: `{ integrationId, samples: [{ tag, ts, value, quality? }] }`.
 * The envelope is validated as a whole (400 on a bad one); each sample on its own, so one bad item
 * is reported by index while the valid ones are still ingested (validate-samples.ts).
 */
import { z } from 'zod';

const E = 'ingestApi.validation';

export const ZIngestEnvelope = z.strictObject(
  {
    integrationId: z.uuid({ error: `${E}.integrationId` }),
    samples: z.array(z.unknown(), { error: `${E}.samples` }),
  },
  { error: `${E}.unknownField` },
);
export type IngestEnvelope = z.infer<typeof ZIngestEnvelope>;

/** Latest instant a JS Date can hold (ECMAScript: ±8.64e15 ms). */
const MAX_EPOCH_MS = 8.64e15;

/** ISO 8601 date-time with `Z` or an offset (a local time would be ambiguous), or epoch milliseconds. */
export const ZSampleTime = z.union([
  z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  z
    .number()
    .int()
    .min(0)
    .max(MAX_EPOCH_MS)
    .transform((ms) => new Date(ms)),
]);

/** The sender's tag: visible characters (and inner spaces), 1–200, as for signal tags. */
export const ZSampleTag = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]+$/u);

export const ZSampleQuality = z.enum(['good', 'uncertain', 'bad']);

/** `Idempotency-Key`: 1–255 visible ASCII characters (a UUID is typical). */
export const ZIdempotencyKey = z.string().regex(/^[\x21-\x7e]{1,255}$/);
