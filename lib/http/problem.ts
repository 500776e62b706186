/**
 * Errors as RFC 9457 problem+json. The title is in the caller's language (NEXT_LOCALE cookie,
 * else Arabic); `messageKey` lets the UI render its own localized text.
 */
import { z } from 'zod';
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';
import { AppError } from './app-error';

type Messages = Record<string, unknown>;

export function translate(locale: string, key: string): string {
  const messages = (locale === 'en' ? en : ar) as Messages;
  const value = key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages);
  return typeof value === 'string' ? value : key;
}

export function problemResponse(
  error: AppError,
  opts: { locale: string; requestId: string; errors?: { path: string; message: string }[] },
) {
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

export function validationProblem(error: z.ZodError) {
  return {
    appError: new AppError('validation_failed', 400, 'errors.validation'),
    errors: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  };
}
