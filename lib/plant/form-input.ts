/**
 * Turns what a form's text fields hold into what the plant schemas check (browser-safe). Text that
 * is not a number or not JSON is passed on unchanged, so the schema rejects it with its own
 * message instead of the form guessing.
 */

/** '' → null (not given); a numeric text → its number; anything else stays text (the schema refuses it). */
export function numberInput(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : text;
}

/** '' → {} (no metadata); JSON text → its value; text that is not JSON stays text (the schema refuses it). */
export function jsonInput(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  try {
    return JSON.parse(trimmed);
  } catch {
    return text;
  }
}

/** A stored metadata object as the form shows it: '' for an empty one, else indented JSON. */
export const jsonText = (value: unknown) =>
  value && typeof value === 'object' && Object.keys(value).length > 0 ? JSON.stringify(value, null, 2) : '';

/** A text field's value from FormData ('' when absent). */
export const textOf = (form: FormData, name: string) => String(form.get(name) ?? '');
