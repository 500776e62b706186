import type { z } from 'zod';

/**
 * A list page's URL query read with the list's zod schema. A GET filter form sends every field, so
 * an empty value means "not given". A bad value in a hand-edited URL never fails the page: `valid`
 * is false and `query` is the schema's defaults (the page says so and shows the unfiltered list).
 * `given` is what the URL set (non-empty, only when valid), for links that must keep it.
 */
export function parseListQuery<S extends z.ZodType>(
  schema: S,
  raw: Record<string, string | string[] | undefined>,
): { query: z.output<S>; valid: boolean; given: Record<string, string> } {
  const given = Object.fromEntries(
    Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
  const parsed = schema.safeParse(given);
  return parsed.success
    ? { query: parsed.data, valid: true, given }
    : { query: schema.parse({}), valid: false, given: {} };
}
