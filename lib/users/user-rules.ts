/**
 * The rules of changing a user, as pure functions (unit-tested without a database):
 * SSO users keep their identity-provider fields, nobody disables or demotes themselves, and a
 * tenant never loses its last active administrator.
 */
import { AppError } from '../http/app-error';
import type { UpdateTenantUser } from './schemas';

export interface UserState {
  id: string;
  name: string;
  role: string;
  status: string;
  authSource: string;
}

/** Only the fields that would really change. */
export function changedFields(current: UserState, input: UpdateTenantUser): UpdateTenantUser {
  const out: UpdateTenantUser = {};
  if (input.name !== undefined && input.name !== current.name) out.name = input.name;
  if (input.role !== undefined && input.role !== current.role) out.role = input.role;
  if (input.status !== undefined && input.status !== current.status) out.status = input.status;
  return out;
}

export function assertAllowedChange(actorUserId: string, current: UserState, input: UpdateTenantUser) {
  // The name of an SSO user comes from the identity provider: only role and status are ours.
  if (current.authSource === 'sso' && input.name !== undefined) {
    throw new AppError('sso_user_read_only', 400, 'users.errors.ssoReadOnly', { field: 'name' });
  }
  const changes = changedFields(current, input);
  if (current.id === actorUserId && changes.status === 'disabled') {
    throw new AppError('cannot_disable_self', 409, 'users.errors.selfDisable', { field: 'status' });
  }
  if (current.id === actorUserId && changes.role !== undefined) {
    throw new AppError('cannot_demote_self', 409, 'users.errors.selfDemote', { field: 'role' });
  }
}

/** Whether the change takes an active tenant administrator away (then another one must remain). */
export function removesActiveAdmin(current: UserState, input: UpdateTenantUser): boolean {
  if (current.role !== 'tenant_admin' || current.status !== 'active') return false;
  const changes = changedFields(current, input);
  return (changes.role !== undefined && changes.role !== 'tenant_admin') || changes.status === 'disabled';
}

export const lastAdminError = () => new AppError('last_admin', 409, 'users.errors.lastAdmin');
