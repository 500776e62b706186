import { CMAPSS_SENSORS, type CmapssMnemonic } from './cmapss-sensors';

/** One engine's run: per informative sensor, its values in cycle order. */
export interface CmapssEngine {
  unit: number;
  cycles: number;
  sensors: Record<CmapssMnemonic, number[]>;
}

function newEngine(unit: number): CmapssEngine {
  const sensors = Object.fromEntries(CMAPSS_SENSORS.map((s) => [s.mnemonic, [] as number[]]));
  return { unit, cycles: 0, sensors: sensors as CmapssEngine['sensors'] };
}

/**
 * Parses a C-MAPSS `train_FD00x.txt` / `test_FD00x.txt` text (space-separated: unit, cycle, three
 * operational settings, 21 sensors; data/README.md) into engines ordered by unit number.
 * Throws on a malformed row so a corrupt file never yields a silently different benchmark.
 */
export function parseCmapss(text: string): CmapssEngine[] {
  const byUnit = new Map<number, CmapssEngine>();
  for (const [index, line] of text.split('\n').entries()) {
    const cells = line.trim().split(/\s+/);
    if (cells.length === 1 && cells[0] === '') continue;
    const numbers = cells.map(Number);
    if (numbers.length !== 26 || numbers.some((n) => !Number.isFinite(n))) {
      throw new Error(`C-MAPSS line ${index + 1}: expected 26 numbers`);
    }
    const unit = numbers[0]!;
    const engine = byUnit.get(unit) ?? newEngine(unit);
    byUnit.set(unit, engine);
    engine.cycles += 1;
    for (const { sensor, mnemonic } of CMAPSS_SENSORS) engine.sensors[mnemonic].push(numbers[4 + sensor]!);
  }
  return [...byUnit.values()].sort((a, b) => a.unit - b.unit);
}

/** Parses `RUL_FD00x.txt`: one true remaining-cycles number per test engine, in unit order. */
export function parseRul(text: string): number[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, index) => {
      const value = Number(line);
      if (!Number.isFinite(value)) throw new Error(`RUL line ${index + 1}: not a number`);
      return value;
    });
}
