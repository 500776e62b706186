/**
 * Errors as RFC 9457 problem+json. The title is in the caller's language (NEXT_LOCALE cookie,
 * else Arabic); `messageKey` lets the UI render its own localized text.
 */
import { z } from 'zod';
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';
import { AppError } from './app-error';

type Messages = Record<string, unknown>;

/** The message for `key` in `locale` with simple `{name}` placeholders filled; the key itself when unknown. */
export function translate(locale: string, key: string, params: Record<string, unknown> = {}): string {
  const messages = (locale === 'en' ? en : ar) as Messages;
  const value = key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages);
  if (typeof value !== 'string') return key;
  return value.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

export function problemResponse(error: AppError, opts: { locale: string; requestId: string; errors?: FieldError[] }) {
  const body = {
    type: `https://optria.io/problems/${error.code}`,
    title: translate(opts.locale, error.messageKey),
    status: error.status,
    code: error.code,
    messageKey: error.messageKey,
    requestId: opts.requestId,
    ...(opts.errors ? { errors: opts.errors } : {}),
    ...(error.details ?? {}),
  };
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': opts.requestId },
  });
}

/** One field's problem: `message` is the message key, `detail` its text in the caller's language. */
export interface FieldError {
  path: string;
  message: string;
  detail: string;
}

export function validationProblem(error: z.ZodError, locale: string) {
  const errors: FieldError[] = error.issues.map((i) => ({
    path: i.path.join('.'),
    message: i.message,
    detail: translate(locale, i.message, issueParams(i)),
  }));
  return { appError: new AppError('validation_failed', 400, 'errors.validation'), errors };
}

/** Placeholders a field message may use: the limit of a too_small / too_big issue. */
function issueParams(issue: z.core.$ZodIssue): Record<string, unknown> {
  if (issue.code === 'too_big') return { max: issue.maximum };
  if (issue.code === 'too_small') return { min: issue.minimum };
  return {};
}
