/** Point counts of series reads, shared by lib/timeseries/read-series.ts and the API's zod query. */
export const DEFAULT_TARGET_POINTS = 1000;
export const MAX_TARGET_POINTS = 10_000;
