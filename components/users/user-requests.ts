/**
 * The users endpoints as the browser calls them (through apiFetch), their answers' shapes and the
 * TanStack Query key they share. A platform owner addresses a user by id alone; only creating a
 * user names its tenant (`?tenant_id=`).
 */
import { apiFetch } from '@/components/api/api-client';
import type { CreateTenantUser, UpdateTenantUser } from '@/lib/users/schemas';

export interface UserTenant {
  id: string;
  name: string;
  slug: string;
}

export interface TenantUser {
  id: string;
  tenantId: string | null;
  email: string | null;
  username: string | null;
  name: string;
  role: string;
  status: 'active' | 'disabled';
  authSource: 'local' | 'sso';
  mustChangePassword: boolean;
  lastSignInAt: string | null;
  createdAt: string;
  /** only in the platform owner's list */
  tenant?: UserTenant;
}

export interface UserPage {
  items: TenantUser[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export interface CreatedUser {
  user: TenantUser;
  /** generated passwords only, shown once */
  oneTimePassword?: string;
}

/** Every users query starts with this key: invalidating it refreshes every list on screen. */
export const USERS_KEY = ['tenant-users'] as const;

const userPath = (id: string) => `/api/tenant-users/${encodeURIComponent(id)}`;

export const listUsers = (query: URLSearchParams, signal?: AbortSignal) =>
  apiFetch<UserPage>('/api/tenant-users', { query, signal });

export const createUser = ({ tenantId, ...body }: CreateTenantUser & { tenantId: string | null }) =>
  apiFetch<CreatedUser>('/api/tenant-users', { method: 'POST', body, query: { tenant_id: tenantId } });

export const updateUser = ({ id, ...body }: UpdateTenantUser & { id: string }) =>
  apiFetch<TenantUser>(userPath(id), { method: 'PUT', body });

export const resetUserPassword = (id: string) =>
  apiFetch<{ oneTimePassword: string }>(`${userPath(id)}/reset-password`, { method: 'POST' });
