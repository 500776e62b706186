import { AppError } from '../http/app-error';

/** 409s name the offending field, so a form can put the message next to it. */
export const slugTaken = () => new AppError('slug_taken', 409, 'tenants.errors.slugTaken', { field: 'slug' });
export const emailTaken = () => new AppError('email_taken', 409, 'tenants.errors.emailTaken', { field: 'admin.email' });
export const usernameTaken = () =>
  new AppError('username_taken', 409, 'tenants.errors.usernameTaken', { field: 'admin.username' });

/** Maps a unique-constraint violation that slipped past the pre-checks (a race) to its 409. */
export function uniqueViolationToAppError(error: unknown): AppError | null {
  const e = error as { code?: unknown; meta?: { target?: unknown; modelName?: unknown } } | null;
  if (e?.code !== 'P2002') return null;
  const target = JSON.stringify(e.meta ?? {});
  if (target.includes('slug')) return slugTaken();
  if (target.includes('username')) return usernameTaken();
  if (target.includes('email')) return emailTaken();
  return null;
}
