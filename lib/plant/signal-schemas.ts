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

/** Whether `low` (of field `earlier`) may stand before `high` (of field `later`). */
function inOrder(earlier: LimitField, low: number, later: LimitField, high: number) {
  return earlier === 'normalLow' && later === 'normalHigh' ? low < high : low <= high;
}

/**
 * critical_low ≤ warning_low ≤ normal_low < normal_high ≤ warning_high ≤ critical_high, over the
 * limits that are given. Returns the fields that break the order: the fewest whose removal leaves
 * the rest in order (one typo blames one field, not every later one). Between equal choices the
 * fields in `changed` are blamed first (a patch's new values, not the stored ones), then the later
 * field (warning high below normal high → warningHigh).
 */
export function limitOrderErrors(limits: SignalLimits, changed: readonly LimitField[] = []): LimitField[] {
  const given = LIMIT_FIELDS.filter((f) => limits[f] !== null && limits[f] !== undefined);
  const value = (f: LimitField) => limits[f] as number;
  const ordered = (kept: LimitField[]) =>
    kept.every((later, j) =>
      kept.slice(0, j).every((earlier) => inOrder(earlier, value(earlier), later, value(later))),
    );
  // Keep as many limits as possible, then as many unchanged ones. At most six limits: try every
  // subset; masks count down, so among equal subsets the first found keeps the earliest fields.
  const score = (kept: LimitField[]) => kept.length * 10 + kept.filter((f) => !changed.includes(f)).length;
  let best: LimitField[] = [];
  for (let mask = (1 << given.length) - 1; mask >= 0; mask--) {
    const kept = given.filter((_, i) => mask & (1 << (given.length - 1 - i)));
    if (score(kept) > score(best) && ordered(kept)) best = kept;
  }
  return given.filter((f) => !best.includes(f));
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

/** Issues for limits out of order, one on each field that breaks the order (path = the field). */
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
