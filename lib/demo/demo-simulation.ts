/**
 * Simulated signals of the demo plant's other assets (pumps, tanks, exchangers…): a slow daily
 * swing plus noise, a pure function of the signal's tag and the time — deterministic, so the
 * backfill and the live replay agree and a rerun writes the same values.
 *   value(t) = base + spread·sin(2π·t/period + phase) + 0.25·spread·noise(tag, ⌊t / 10 s⌋)
 * Limits: normal base ± 2·spread, warning ± 3·spread, critical ± 4·spread.
 */
import type { AssetTypeName } from '../plant/asset-schemas';
import type { DemoSignal } from './demo-plant-types';

export interface SimulatedSignalSpec {
  suffix: string;
  description: string;
  unit: string;
  base: number;
  spread: number;
  /** period of the slow swing */
  periodHours: number;
}

/** The default simulated signals of each asset type (analyzers and lines give theirs explicitly). */
export const SIMULATED_BY_TYPE: Partial<Record<AssetTypeName, SimulatedSignalSpec[]>> = {
  pump: [
    { suffix: 'PI', description: 'Discharge pressure', unit: 'kPa', base: 900, spread: 20, periodHours: 24 },
    { suffix: 'VI', description: 'Bearing vibration', unit: 'mm/s', base: 2.5, spread: 0.3, periodHours: 6 },
  ],
  tank: [{ suffix: 'LI', description: 'Level', unit: '%', base: 60, spread: 8, periodHours: 12 }],
  motor: [{ suffix: 'II', description: 'Motor current', unit: 'A', base: 120, spread: 6, periodHours: 24 }],
  compressor: [
    { suffix: 'PI', description: 'Discharge pressure', unit: 'kPa', base: 750, spread: 15, periodHours: 24 },
    { suffix: 'VI', description: 'Shaft vibration', unit: 'µm', base: 30, spread: 3, periodHours: 8 },
  ],
  vessel: [{ suffix: 'PI', description: 'Pressure', unit: 'kPa', base: 350, spread: 10, periodHours: 24 }],
  heat_exchanger: [
    { suffix: 'TI', description: 'Outlet temperature', unit: '°C', base: 35, spread: 1.5, periodHours: 24 },
  ],
  valve: [{ suffix: 'ZI', description: 'Valve position', unit: '%', base: 55, spread: 4, periodHours: 24 }],
  line: [{ suffix: 'FI', description: 'Flow', unit: 'm3/h', base: 420, spread: 20, periodHours: 24 }],
};

export interface SimulatedSignal extends DemoSignal {
  spec: SimulatedSignalSpec;
}

export function simulatedSignal(asset: string, spec: SimulatedSignalSpec): SimulatedSignal {
  const at = (k: number) => Number((spec.base + k * spec.spread).toPrecision(6));
  return {
    asset,
    tag: `${asset}.${spec.suffix}`,
    description: spec.description,
    unit: spec.unit,
    kind: 'measurement',
    limits: {
      criticalLow: at(-4),
      warningLow: at(-3),
      normalLow: at(-2),
      normalHigh: at(2),
      warningHigh: at(3),
      criticalHigh: at(4),
    },
    spec,
  };
}

/** FNV-1a: a stable 32-bit hash of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A deterministic number in [-1, 1] for (seed, n). */
function noise(seed: number, n: number): number {
  let x = Math.imul(seed ^ Math.imul(n, 0x9e3779b1), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return ((x ^ (x >>> 16)) >>> 0) / 0x7fffffff - 1;
}

/** The simulated value of a signal at a time (3 decimals at most). */
export function simulatedValue(signal: { tag: string; spec: SimulatedSignalSpec }, ts: Date): number {
  const seconds = ts.getTime() / 1000;
  const seed = hash(signal.tag);
  const phase = ((seed % 3600) / 3600) * 2 * Math.PI;
  const swing = Math.sin((2 * Math.PI * seconds) / (signal.spec.periodHours * 3600) + phase);
  const jitter = noise(seed, Math.floor(seconds / 10));
  const value = signal.spec.base + signal.spec.spread * (swing + 0.25 * jitter);
  return Math.round(value * 1000) / 1000;
}
