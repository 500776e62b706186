/**
 * The one mapper from "what went wrong" to a form's errors, used by every form: a zod error from
 * checking the form in the browser (same schema as the API), or an API problem (its zod `errors`,
 * the `field` of a rule error, else the problem as a whole). Shared by browser and server actions.
 */
import type { z } from 'zod';
import { GENERIC_ERROR_KEY, type ProblemIssue } from './problem-shape';

/** field → message key; `FORM_ERROR` ('_') holds what belongs to no field. Localize when rendering. */
export type FormErrors = Record<string, string>;
export const FORM_ERROR = '_';

/** What a problem needs to be mapped (an ApiError or a parsed problem+json body both fit). */
export interface ProblemLike {
  /** missing only for an unexpected error (then the generic message) */
  messageKey?: string;
  field?: string;
  errors?: readonly ProblemIssue[];
}

export interface FormErrorOptions {
  /**
   * The form's fields: a list of names, or API path → form field (e.g. `'admin.email': 'admin-email'`).
   * A path matches its longest listed prefix (`allowedDomains.2` → `allowedDomains`); anything else
   * goes to FORM_ERROR. Without it every path is its own field.
   */
  fields?: readonly string[] | Readonly<Record<string, string>>;
}

const isZodError = (source: unknown): source is z.ZodError =>
  Array.isArray((source as { issues?: unknown } | null)?.issues);

function fieldResolver(fields: FormErrorOptions['fields']) {
  if (!fields) return (path: string) => path || FORM_ERROR;
  const map: Record<string, string> = Array.isArray(fields)
    ? Object.fromEntries(fields.map((f) => [f, f]))
    : (fields as Record<string, string>);
  return (path: string) => {
    for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
      const field = map[parts.join('.')];
      if (field !== undefined) return field;
    }
    return FORM_ERROR;
  };
}

/** First error per field wins (zod reports the most basic rule first). */
export function problemToFormErrors(
  source: ProblemLike | z.ZodError | Error,
  options: FormErrorOptions = {},
): FormErrors {
  const fieldOf = fieldResolver(options.fields);
  if (isZodError(source)) {
    return mapIssues(
      source.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
      fieldOf,
    );
  }
  // An Error that is not an ApiError (a bug in the page) has none of these: the generic message.
  const problem = source as ProblemLike;
  const out = mapIssues(problem.errors ?? [], fieldOf);
  const messageKey = problem.messageKey || GENERIC_ERROR_KEY;
  if (problem.field) out[fieldOf(problem.field)] ??= messageKey;
  if (Object.keys(out).length === 0) out[FORM_ERROR] = messageKey;
  return out;
}

function mapIssues(issues: readonly ProblemIssue[], fieldOf: (path: string) => string): FormErrors {
  const out: FormErrors = {};
  for (const issue of issues) out[fieldOf(issue.path)] ??= issue.message;
  return out;
}
