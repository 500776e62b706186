/**
 * Settings of the demo plant's replay (README → Configuration), validated at start by lib/env.ts
 * and read here on use so tests can pass their own.
 *   DEMO_REPLAY_INTERVAL_SECONDS  one recorded row is written as live samples this often (default 5)
 *   DEMO_CMAPSS_CYCLE_SECONDS     a gas turbine advances one C-MAPSS engine cycle this often (600)
 *   DEMO_BACKFILL_DAYS            history written on first start, 0 = none (90)
 *   DEMO_BACKFILL_STEP_SECONDS    one row of history per this many seconds (600)
 */
import { z } from 'zod';

const seconds = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

export const DEMO_ENV_SHAPE = {
  DEMO_REPLAY_INTERVAL_SECONDS: seconds(1, 3600, 5),
  DEMO_CMAPSS_CYCLE_SECONDS: seconds(1, 86_400, 600),
  DEMO_BACKFILL_DAYS: seconds(0, 730, 90),
  DEMO_BACKFILL_STEP_SECONDS: seconds(10, 86_400, 600),
};

const ZDemoEnv = z.object(DEMO_ENV_SHAPE);
export type DemoEnv = z.infer<typeof ZDemoEnv>;

export function demoEnv(source: Record<string, string | undefined> = process.env): DemoEnv {
  const result = ZDemoEnv.safeParse(source);
  if (!result.success)
    throw new Error(`Invalid demo configuration: ${result.error.issues.map((i) => i.path).join(', ')}`);
  return result.data;
}
