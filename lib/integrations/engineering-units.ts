/**
 * Engineering-unit conversion for signal mappings (a source delivers bar, the signal is in kPa).
 * Built on mathjs' unit system (docs/decisions.md → "Engineering units: mathjs"), on a private
 * instance with the few plant units it lacks (rpm, %, ppm) and the spellings plants write
 * (°C, m3/h, µm, psia, kPa gauge).
 *
 * Gauge and absolute pressures are different quantities here: kPa gauge ↔ psig converts, but
 * gauge ↔ absolute is refused, because the difference is the local atmospheric pressure, which
 * the product does not know. Units mathjs cannot read (kscmh, mol%) convert only to themselves.
 */
import { all, create, type Unit } from 'mathjs';

const math = create(all!); // mathjs types `all` as optional; the package always exports it
math.createUnit('rpm', '1/min');
math.createUnit('rps', '1/s');
math.createUnit('percent', '0.01');
math.createUnit('ppm', '1e-6');
math.createUnit('ppb', '1e-9');

/** Plain spellings → mathjs names, applied after trimming. */
const ALIASES: Record<string, string> = {
  '%': 'percent',
  '°C': 'degC',
  '℃': 'degC',
  '°F': 'degF',
  '℉': 'degF',
  '°R': 'degR',
  '°K': 'K',
  Nm: 'N m',
  psia: 'psi',
  bara: 'bar',
  psig: 'psi gauge',
  barg: 'bar gauge',
  kPag: 'kPa gauge',
  MPag: 'MPa gauge',
};
/** "kPa gauge", "bar (g)", "psi(gauge)" */
const GAUGE = /\s*(?:gauge|\(\s*g(?:auge)?\s*\))$/;

interface ParsedUnit {
  text: string; // the mathjs spelling
  unit: Unit;
  gauge: boolean;
}

/** The mathjs unit for a written unit, or null when it cannot be read. */
function parse(written: string): ParsedUnit | null {
  let text = ALIASES[written] ?? written;
  const gauge = GAUGE.test(text);
  text = text.replace(GAUGE, '').replace(/[µμ]/g, 'u').replace(/²/g, '^2').replace(/³/g, '^3').replace(/·/g, ' ');
  try {
    const unit = math.unit(1, text);
    return { text, unit, gauge };
  } catch {
    return null;
  }
}

type Converter = (value: number) => number;
const identity: Converter = (value) => value;
const cache = new Map<string, Converter | null>();

/**
 * A converter from `from` to `to` (identity when equal, when `from` is null/empty = "same as the
 * signal", or when `to` is null/empty = the signal has no unit and takes values as delivered), or
 * null when the units are not convertible (bar → °C, kPa gauge → kPa, an unknown unit → another).
 * Conversions are affine (temperatures have offsets), so the converter is `value × a + b` with
 * a and b computed once per pair.
 */
export function unitConverter(from: string | null, to: string | null): Converter | null {
  const source = from?.trim() ?? '';
  const target = to?.trim() ?? '';
  if (source === '' || target === '' || source === target) return identity;
  const key = `${source}\u0000${target}`;
  if (!cache.has(key)) cache.set(key, buildConverter(source, target));
  return cache.get(key)!;
}

function buildConverter(source: string, target: string): Converter | null {
  const a = parse(source);
  const b = parse(target);
  if (!a || !b || a.gauge !== b.gauge || !a.unit.equalBase(b.unit)) return null;
  const at = (value: number) => math.unit(value, a.text).toNumber(b.text);
  const offset = at(0);
  const factor = at(1) - offset;
  if (!Number.isFinite(offset) || !Number.isFinite(factor)) return null;
  if (offset === 0 && Math.abs(factor - 1) < 1e-12) return identity;
  return (value) => value * factor + offset;
}
