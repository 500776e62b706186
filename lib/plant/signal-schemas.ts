/** Signals (tags) and their limits: the zod schemas shared by the API and future forms. */
import { z } from 'zod';
import { optionalText, ZId, ZSignalTag } from './plant-text';

export const SIGNAL_KINDS = ['measurement', 'manipulated_variable', 'setpoint', 'state', 'alarm'] as const;

/** The limits from lowest to highest; each given one must not be below any given one before it. */
export const LIMIT_FIELDS = [
  'criticalLow',
  'warningLow',
  'normalLow',
  'normalHigh',
  'warningHigh',
  'criticalHigh',
] as const;
export type LimitField = (typeof LIMIT_FIELDS)[number];
export type SignalLimits = Partial<Record<LimitField, number | null>>;

/**
 * critical_low ≤ warning_low ≤ normal_low < normal_high ≤ warning_high ≤ critical_high, over the
 * limits that are given. Returns the fields out of order (the later of each offending pair).
 */
export function limitOrderErrors(limits: SignalLimits): LimitField[] {
  const bad = new Set<LimitField>();
  LIMIT_FIELDS.forEach((later, j) => {
    const high = limits[later];
    if (high === null || high === undefined) return;
    for (const earlier of LIMIT_FIELDS.slice(0, j)) {
      const low = limits[earlier];
      if (low === null || low === undefined) continue;
      const strict = earlier === 'normalLow' && later === 'normalHigh';
      if (strict ? !(low < high) : !(low <= high)) bad.add(later);
    }
  });
  return LIMIT_FIELDS.filter((f) => bad.has(f));
}

const ZLimit = z.number({ error: 'plant.validation.limit' }).nullable().optional();

const signalFields = {
  assetId: ZId,
  tag: ZSignalTag,
  description: optionalText(500),
  unit: optionalText(32),
  kind: z.enum(SIGNAL_KINDS, { error: 'plant.validation.signalKind' }),
  ...(Object.fromEntries(LIMIT_FIELDS.map((f) => [f, ZLimit])) as Record<LimitField, typeof ZLimit>),
  sampleIntervalSeconds: z
    .number({ error: 'plant.validation.sampleInterval' })
    .int({ error: 'plant.validation.sampleInterval' })
    .min(1, { error: 'plant.validation.sampleInterval' })
    .max(86_400, { error: 'plant.validation.sampleInterval' })
    .nullable()
    .optional(),
};

/** Issues for limits out of order, one per offending field (path = the field). */
export function checkLimitOrder(limits: SignalLimits, ctx: z.RefinementCtx) {
  for (const field of limitOrderErrors(limits)) {
    ctx.addIssue({ code: 'custom', message: 'plant.validation.limitsOrder', path: [field] });
  }
}

export const ZCreateSignal = z
  .strictObject(signalFields, { error: 'plant.validation.unknownField' })
  .superRefine((s, ctx) => checkLimitOrder(s, ctx));
export type CreateSignal = z.infer<typeof ZCreateSignal>;

/**
 * Any field may change (null clears a limit). The order of the limits is checked again by the
 * service against the stored ones, since a patch may give only some of them.
 */
export const ZUpdateSignal = z
  .strictObject(signalFields, { error: 'plant.validation.unknownField' })
  .partial()
  .superRefine((s, ctx) => checkLimitOrder(s, ctx));
export type UpdateSignal = z.infer<typeof ZUpdateSignal>;
