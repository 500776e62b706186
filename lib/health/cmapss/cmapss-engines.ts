import { CMAPSS_INFORMATIVE_SENSORS, parseCmapss, type CmapssRow } from '../../datasets/cmapss';

/** An informative sensor's mnemonic (T24, Ps30…): the model's and the demo signals' names for it. */
export type CmapssMnemonic = (typeof CMAPSS_INFORMATIVE_SENSORS)[number]['tag'];

/** One engine's run: per informative sensor, its values in cycle order. */
export interface CmapssEngine {
  unit: number;
  cycles: number;
  sensors: Record<CmapssMnemonic, number[]>;
}

/**
 * The rows of lib/datasets' C-MAPSS parser grouped into engines ordered by unit number, each
 * informative sensor's values in cycle order (the other sensors are constant in FD001).
 */
export function cmapssEngines(rows: CmapssRow[]): CmapssEngine[] {
  const byUnit = new Map<number, CmapssRow[]>();
  for (const row of rows) byUnit.set(row.unit, [...(byUnit.get(row.unit) ?? []), row]);
  return [...byUnit.entries()]
    .sort(([a], [b]) => a - b)
    .map(([unit, runs]) => {
      const ordered = runs.sort((a, b) => a.cycle - b.cycle);
      const sensors = Object.fromEntries(
        CMAPSS_INFORMATIVE_SENSORS.map(({ sensor, tag }) => [tag, ordered.map((r) => r.sensors[sensor - 1]!)]),
      );
      return { unit, cycles: ordered.length, sensors: sensors as CmapssEngine['sensors'] };
    });
}

/** A `train_FD00x.txt` / `test_FD00x.txt` text as engines; throws on a malformed row (parseCmapss). */
export const parseCmapssEngines = (text: string) => cmapssEngines(parseCmapss(text));
