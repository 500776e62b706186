/**
 * The zod schemas of tenant user management, shared by the API and the UI forms (so this file must
 * stay free of server-only imports). Error messages are message keys (`users.validation.*`) that the
 * UI translates; the breached-password check is a separate server-side step (breached-passwords.ts).
 */
import { z } from 'zod';
import { TENANT_ROLES, type RoleName } from '../rbac/permissions';
import { zName } from '../validation/human-text';

/** OWASP ASVS 5 V6.2: at least 8 characters (12 recommended), at least 64 allowed, no composition rules. */
export const PASSWORD_MIN = 8;
export const PASSWORD_RECOMMENDED = 12;
export const PASSWORD_MAX = 256;

export type TenantRole = Exclude<RoleName, 'platform_owner'>;
export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatusName = (typeof USER_STATUSES)[number];
export const USER_SORT_KEYS = ['name', 'email', 'role', 'status', 'createdAt'] as const;
export type UserSortKey = (typeof USER_SORT_KEYS)[number];

/** Characters as people count them (code points), so an emoji is one character, not two. */
export const passwordLength = (password: string) => Array.from(password).length;

/** Any Unicode, never trimmed or truncated: what is typed is what is hashed. */
export const ZPassword = z
  .string({ error: 'users.validation.passwordTooShort' })
  .refine((p) => passwordLength(p) >= PASSWORD_MIN, { error: 'users.validation.passwordTooShort', abort: true })
  .refine((p) => passwordLength(p) <= PASSWORD_MAX, { error: 'users.validation.passwordTooLong' });

export const ZTenantRole = z.enum(TENANT_ROLES as [TenantRole, ...TenantRole[]], { error: 'users.validation.role' });
export const ZUserStatus = z.enum(USER_STATUSES, { error: 'users.validation.status' });

export const USER_NAME_MAX = 200;

const ZName = zName({
  required: 'users.validation.nameRequired',
  length: 'users.validation.nameTooLong',
  max: USER_NAME_MAX,
});

/** Empty form fields mean "not given". */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

// Stored lower-case: email and username are unique case-insensitively.
const ZEmail = z
  .string()
  .trim()
  .max(320, { error: 'users.validation.email' })
  .pipe(z.email({ error: 'users.validation.email' }))
  .transform((e) => e.toLowerCase());

// No "@" in a username, so a username can never be mistaken for another user's email at sign-in.
const ZUsername = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,64}$/, { error: 'users.validation.username' })
  .transform((u) => u.toLowerCase());

export const ZCreateTenantUser = z
  .object({
    name: ZName,
    email: z.preprocess(blankToUndefined, ZEmail.optional()),
    username: z.preprocess(blankToUndefined, ZUsername.optional()),
    role: ZTenantRole,
    /** the initial password; omit it to have a one-time password generated and returned once */
    password: ZPassword.optional(),
  })
  .refine((u) => u.email !== undefined || u.username !== undefined, {
    error: 'users.validation.identifierRequired',
    path: ['email'],
  });
export type CreateTenantUser = z.infer<typeof ZCreateTenantUser>;

/** Only name, role and status can change (and for SSO users only role and status). */
export const ZUpdateTenantUser = z.strictObject(
  { name: ZName.optional(), role: ZTenantRole.optional(), status: ZUserStatus.optional() },
  { error: 'users.validation.unknownField' },
);
export type UpdateTenantUser = z.infer<typeof ZUpdateTenantUser>;

export const ZChangePassword = z
  .object({
    currentPassword: z
      .string({ error: 'users.validation.currentRequired' })
      .min(1, { error: 'users.validation.currentRequired' })
      .max(1024),
    newPassword: ZPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    error: 'users.validation.passwordMismatch',
    path: ['confirmPassword'],
  });
export type ChangePassword = z.infer<typeof ZChangePassword>;
