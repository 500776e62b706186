'use server';

import { z } from 'zod';
import { findSsoConfigForEmail } from '@/lib/sso/system-sso-directory';

export type ResolveResult =
  | { step: 'identifier'; error?: 'identifierRequired' }
  | { step: 'password'; identifier: string }
  | { step: 'sso'; identifier: string; url: string };

const ZResolve = z.object({
  identifier: z.string().trim().min(1).max(320),
  locale: z.enum(['ar', 'en']).catch('ar'),
  next: z.string().max(2000).optional().catch(undefined),
  preferPassword: z.literal('1').optional().catch(undefined),
});

/**
 * Step one of sign-in: an email whose domain has SSO switched on goes to that organization's IdP;
 * everything else (other emails, usernames) gets the password step. Only whole domains are
 * told apart, never whether an account exists.
 */
export async function resolveSignInAction(_prev: ResolveResult, form: FormData): Promise<ResolveResult> {
  const parsed = ZResolve.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { step: 'identifier', error: 'identifierRequired' };
  const { identifier, locale, next, preferPassword } = parsed.data;
  if (!identifier.includes('@') || preferPassword) return { step: 'password', identifier };
  if (!(await findSsoConfigForEmail(identifier))) return { step: 'password', identifier };
  const query = new URLSearchParams({ email: identifier, locale, ...(next ? { next } : {}) });
  return { step: 'sso', identifier, url: `/api/sso/start?${query}` };
}
