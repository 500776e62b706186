/** Per-tenant feature flags: which modules a tenant has. Absent row = the flag's default. */
export const FEATURE_FLAGS = {
  audit_log: { default: true },
  digital_twin: { default: true },
  black_box: { default: true },
  optimization: { default: true },
  integrations: { default: true },
  work_orders: { default: true },
} as const;

export type FeatureFlag = keyof typeof FEATURE_FLAGS;
export const FLAG_NAMES = Object.keys(FEATURE_FLAGS) as FeatureFlag[];
export type FlagSet = Record<FeatureFlag, boolean>;

export function isFeatureFlag(value: string): value is FeatureFlag {
  return value in FEATURE_FLAGS;
}

/** Stored rows over defaults; unknown stored flags (from a newer release) are ignored. */
export function resolveFlags(rows: { flag: string; enabled: boolean }[]): FlagSet {
  const flags = Object.fromEntries(FLAG_NAMES.map((f) => [f, FEATURE_FLAGS[f].default])) as FlagSet;
  for (const row of rows) if (isFeatureFlag(row.flag)) flags[row.flag] = row.enabled;
  return flags;
}
