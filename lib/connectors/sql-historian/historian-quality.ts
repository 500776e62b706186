import type { ReadingQuality } from '../connector';

const WORDS = new Map<string, ReadingQuality>([
  ['good', 'good'],
  ['uncertain', 'uncertain'],
  ['bad', 'bad'],
  ['true', 'good'],
  ['false', 'bad'],
]);

/**
 * The quality column's text (see config.ts): good / uncertain / bad (any case), a boolean
 * (true = good), or a number read as OPC quality (≥ 192 good, ≥ 64 uncertain, else bad).
 * No quality column, or NULL: good. Anything else: uncertain.
 */
export function readingQuality(raw: string | null): ReadingQuality {
  if (raw === null) return 'good';
  const text = raw.trim().toLowerCase();
  const word = WORDS.get(text);
  if (word) return word;
  const code = Number(text);
  if (text === '' || !Number.isFinite(code)) return 'uncertain';
  return code >= 192 ? 'good' : code >= 64 ? 'uncertain' : 'bad';
}
