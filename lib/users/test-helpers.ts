/** Shared helpers of the users integration tests (not a test file itself). */
import { AppError } from '../http/app-error';
import { tenantDb } from '../db/tenant-db';

/** Every key anywhere in a value (objects and arrays, recursively). */
export function deepKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(deepKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => [k, ...deepKeys(v)]);
  }
  return [];
}

/** Asserts that nothing secret leaves: no hash field, no argon2 string, no SSO subject. */
export function expectNoSecrets(value: unknown) {
  const keys = deepKeys(value);
  for (const k of ['passwordHash', 'password_hash', 'ssoSubject', 'ssoIssuer', 'sessionVersion']) {
    if (keys.includes(k)) throw new Error(`response contains ${k}`);
  }
  if (JSON.stringify(value).includes('argon2')) throw new Error('response contains an argon2 hash');
}

/** The AppError a promise rejects with (fails the test when it resolves or throws something else). */
export async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** The audit rows of user management about one target (sign-ins left out). */
export const auditRows = (tenantId: string, targetId: string) =>
  tenantDb({ tenantId }).auditLog.findMany({
    where: { targetId, action: { startsWith: 'user.' } },
    orderBy: { createdAt: 'asc' },
  });

export const storedUser = (tenantId: string, id: string) =>
  tenantDb({ tenantId }).user.findUniqueOrThrow({
    where: { id },
    select: { role: true, status: true, name: true, sessionVersion: true, mustChangePassword: true, email: true },
  });
