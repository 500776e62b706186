/**
 * Names people type (user, tenant, API key names, and every later name/label/title field) go through
 * zName(): trimmed, NFC-normalized, and refused when they hold invisible characters that can disguise
 * what a reader sees. Shared by the API (withApi parses with it) and the forms, so no server-only
 * imports here. The policy and its sources are in docs/decisions.md ("Invisible characters in names").
 *
 * Refused (message key `validation.invisibleCharacters`):
 * - bidi controls (UAX #9 Bidi_Control): embeddings and overrides U+202A–U+202E, isolates
 *   U+2066–U+2069, and the marks LRM/RLM/ALM (U+200E, U+200F, U+061C);
 * - every other format character (Cf: zero-width space U+200B, word joiner and invisible operators
 *   U+2060–U+2064, BOM U+FEFF, soft hyphen, tag characters U+E0000–U+E007F, …), control characters
 *   (Cc: NUL, tab, newline, …), line/paragraph separators (Zl, Zp), lone surrogates (Cs) and the
 *   other default-ignorable code points (Hangul fillers U+3164/U+FFA0, combining grapheme joiner, …);
 * Kept, because real text needs them (Unicode TR #31 §2.3, UTS #51 emoji ZWJ sequences):
 * - ZWNJ U+200C and ZWJ U+200D between two visible characters (Persian/Arabic joining, Indic
 *   conjuncts, emoji such as 👩🏽‍💻), never at either end or next to another invisible character;
 * - variation selectors right after a visible base character (emoji presentation ❤️, ideographic
 *   variants of names written in kanji).
 */
import { z } from 'zod';

/** The message key of the refusal, localized in messages/*.json (namespace `validation`). */
export const INVISIBLE_CHARACTERS = 'validation.invisibleCharacters';

const CANDIDATE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;
const JOINER = /^[\u200C\u200D]$/u;
const VARIATION_SELECTOR = /^\p{Variation_Selector}$/u;
/** What a joiner may follow: a letter, a mark (virama, VS16), an emoji or an emoji skin tone. */
const JOINS_AFTER = /^[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}]$/u;
/** What a joiner may precede: a letter or an emoji. */
const JOINS_BEFORE = /^[\p{L}\p{Extended_Pictographic}]$/u;
/** What a variation selector may follow: a visible base character. */
const VARIES = /^[\p{L}\p{N}\p{S}\p{P}]$/u;

/** Whether the code point at `i` of `chars` is one the policy above refuses. */
function isRefusedAt(chars: readonly string[], i: number): boolean {
  const c = chars[i]!;
  if (!CANDIDATE.test(c)) return false;
  const before = chars[i - 1] ?? '';
  if (JOINER.test(c)) return !(JOINS_AFTER.test(before) && JOINS_BEFORE.test(chars[i + 1] ?? ''));
  if (VARIATION_SELECTOR.test(c)) return !VARIES.test(before);
  return true;
}

/**
 * The first refused character as `U+XXXX` with its code-point index, or null when the text is clean.
 * Works on the text as given (zName normalizes first).
 */
export function findInvisibleCharacter(text: string): { codePoint: string; index: number } | null {
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    if (isRefusedAt(chars, i)) {
      const hex = chars[i]!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      return { codePoint: `U+${hex}`, index: i };
    }
  }
  return null;
}

/** The text without the characters zName() refuses (for names that come from machines, e.g. an IdP). */
export function stripInvisibleCharacters(text: string): string {
  let current = text;
  // Removing one character can leave a joiner at an edge, so repeat until nothing changes.
  for (;;) {
    const chars = Array.from(current);
    const kept = chars.filter((_, i) => !isRefusedAt(chars, i)).join('');
    if (kept === current) return current;
    current = kept;
  }
}

/**
 * A name from outside (an IdP's token): invisible characters removed, NFC, trimmed, and cut to at
 * most `max` UTF-16 units (zName's unit) at a grapheme boundary, so no emoji or letter is split.
 * Returns '' when nothing visible is left.
 */
export function sanitizeName(text: string, max: number): string {
  const clean = stripInvisibleCharacters(text.normalize('NFC')).trim();
  let out = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(clean)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return stripInvisibleCharacters(out).trim();
}

export interface NameRules {
  /** message key when missing or blank */
  required: string;
  /** message key when shorter than `min` or longer than `max` */
  length: string;
  /** at least this many UTF-16 units after trimming (default 1) */
  min?: number;
  /** at most this many UTF-16 units after trimming */
  max: number;
}

/**
 * The zod schema of a name a person types. Trims, normalizes to NFC (so the same name typed on two
 * keyboards is stored, compared and searched the same), then reports at most one problem, the first
 * of: missing, invisible characters, length. Every message is a message key. No issue aborts the
 * parse, so rules on the surrounding object (e.g. "an email or a username") still report theirs.
 */
export function zName({ required, length, min = 1, max }: NameRules) {
  return z
    .string({ error: required })
    .trim()
    .normalize('NFC')
    .superRefine((name, ctx) => {
      const input = name;
      if (name === '') return ctx.addIssue({ code: 'custom', input, message: required });
      if (findInvisibleCharacter(name)) return ctx.addIssue({ code: 'custom', input, message: INVISIBLE_CHARACTERS });
      if (name.length < min)
        ctx.addIssue({ code: 'too_small', origin: 'string', minimum: min, inclusive: true, input, message: length });
      if (name.length > max)
        ctx.addIssue({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input, message: length });
    });
}
