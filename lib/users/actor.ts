import { z } from 'zod';
import { notFound } from '../http/app-error';

/** Who performs a user-management action, in which tenant (a RequestContext fits). */
export interface Actor {
  tenantId: string | null;
  userId: string;
  requestId: string;
}

/** A malformed id is answered like a missing one (404), never 400/500. */
export function assertUserId(id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound();
}

/** Prisma's unique-constraint violation, recognised without importing the raw client. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}
