/**
 * The body of every API error (RFC 9457 problem+json, see problem.ts), as the browser reads it.
 * Shared by server and client (no server-only imports), so both sides agree on one shape:
 * `{ type, title, status, code, messageKey, requestId, errors?: [{ path, message }], field?, …details }`.
 */
import { z } from 'zod';

export const ZProblemIssue = z.object({ path: z.string(), message: z.string() });
export type ProblemIssue = z.infer<typeof ZProblemIssue>;

/** Extra members (e.g. `domains` of a 409) are kept: `looseObject` passes unknown keys through. */
export const ZProblem = z.looseObject({
  type: z.string().optional(),
  /** in the caller's language (NEXT_LOCALE cookie); the UI prefers its own text for messageKey */
  title: z.string().optional(),
  status: z.number().int(),
  code: z.string(),
  messageKey: z.string(),
  requestId: z.string().optional(),
  /** the field a rule error is about (e.g. 'email' for a duplicate) */
  field: z.string().optional(),
  /** zod issues of a 400: path 'a.b', message a message key */
  errors: z.array(ZProblemIssue).optional(),
});
export type Problem = z.infer<typeof ZProblem>;

/** The browser's own message keys for failures without a problem body. */
export const NETWORK_ERROR_KEY = 'api.errors.network';
export const GENERIC_ERROR_KEY = 'api.errors.generic';
