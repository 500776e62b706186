/**
 * Who changes or reads the plant model, and the checks every plant service shares. Services check
 * the permission themselves too (withApi already did for HTTP), so a page or job calling them
 * cannot skip RBAC.
 */
import 'server-only';
import { z } from 'zod';
import { AppError, forbidden, notFound } from '../http/app-error';
import { can, type Permission, type RoleName } from '../rbac/permissions';
import { recordAudit } from '../audit/system-audit';

/** A RequestContext fits. */
export interface PlantActor {
  tenantId: string | null;
  userId: string;
  role: RoleName;
  requestId: string;
}

export function assertCan(actor: PlantActor, permission: Permission) {
  if (!can(actor.role, permission)) throw forbidden();
}

/** A malformed id in a path is answered like a missing one (404), never 400/500. */
export function assertPathId(id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound();
}

/** A referenced object (unitId, parentId, assetId…) that this tenant does not have: 400 on that field. */
export function referenceNotFound(field: string) {
  return new AppError('validation_failed', 400, 'errors.validation', {
    errors: [{ path: field, message: 'plant.validation.notFound' }],
  });
}

/** Prisma's unique-constraint violation. */
export const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === 'P2002';

/** Prisma's foreign-key violation (a row still referenced, or a reference that vanished meanwhile). */
export const isForeignKeyViolation = (error: unknown) => {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === 'P2003' || /foreign key constraint/i.test(String(e?.message));
};

/** Prisma's "record to update not found" (deleted meanwhile). */
const isRecordGone = (error: unknown) => (error as { code?: unknown } | null)?.code === 'P2025';

/**
 * Runs a write; a unique violation becomes the given 409 (naming `field`, the input that collided,
 * so a form shows it there), a row deleted meanwhile a 404.
 */
export async function uniqueOr409<T>(
  write: () => Promise<T>,
  code: string,
  messageKey: string,
  field?: string,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError(code, 409, messageKey, field ? { field } : undefined);
    if (isRecordGone(error)) throw notFound();
    throw error;
  }
}

/** One audit row per plant write (`site.create`, `asset.retire`, …). */
export function auditPlant(
  actor: PlantActor,
  action: string,
  target: { type: string; id: string },
  change: { before?: unknown; after?: unknown },
) {
  return recordAudit({
    tenantId: actor.tenantId,
    actorUserId: actor.userId,
    action,
    targetType: target.type,
    targetId: target.id,
    before: change.before,
    after: change.after,
    requestId: actor.requestId,
  });
}

/** The fields a patch actually changes (values compared as JSON, so dates and objects work). */
export function changedFields<T extends Record<string, unknown>>(current: T, patch: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const next = patch[key];
    if (next === undefined) continue;
    if (JSON.stringify(next) !== JSON.stringify(current[key])) out[key] = next;
  }
  return out;
}

/** The same keys picked from a row, for an audit `before`. */
export const pick = <T extends Record<string, unknown>>(row: T, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, row[k]])) as Partial<T>;
