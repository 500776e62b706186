/**
 * The tenant admin's input rules, shared by the API (withApi parses with them) and the forms (which
 * validate with the same schemas before sending). Error messages are message keys, so both sides
 * show them in the reader's language.
 */
import { z } from 'zod';
import { FLAG_NAMES, type FeatureFlag } from '../flags/flags';
import { ZPagination } from '../http/pagination';
// One password policy for every local account (length here; the breached-list check is server-side).
import { USER_NAME_MAX, ZPassword } from '../users/schemas';
import { zName } from '../validation/human-text';
import { DEFAULT_TIME_ZONE, ZTimeZone } from '../time/time-zones';

const E = 'tenants.errors';

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
export const TENANT_STATUSES = ['active', 'suspended'] as const;
export const TENANT_LOCALES = ['ar', 'en'] as const;

export const ZTenantName = zName({ required: `${E}.nameRequired`, length: `${E}.nameLength`, min: 2, max: 120 });

export const ZTenantSlug = z
  .string({ error: `${E}.slugRequired` })
  .trim()
  .min(1, { error: `${E}.slugRequired`, abort: true })
  .min(2, { error: `${E}.slugLength` })
  .max(63, { error: `${E}.slugLength` })
  .regex(SLUG_PATTERN, { error: `${E}.slugFormat` });

export const ZTenantLocale = z.enum(TENANT_LOCALES, { error: `${E}.localeInvalid` });

const ZPersonName = zName({
  required: `${E}.adminNameRequired`,
  length: `${E}.adminNameLength`,
  max: USER_NAME_MAX,
});

/** Stored lower-case, like every sign-in identifier. */
const ZEmail = z
  .string({ error: `${E}.emailInvalid` })
  .trim()
  .toLowerCase()
  .max(254, { error: `${E}.emailInvalid` })
  .pipe(z.email({ error: `${E}.emailInvalid` }));

const ZUsername = z
  .string({ error: `${E}.usernameFormat` })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,64}$/, { error: `${E}.usernameFormat` });

/** A local first admin: email and/or username; no password means "generate a one-time one". */
export const ZLocalAdmin = z
  .object({
    authSource: z.literal('local'),
    name: ZPersonName,
    email: ZEmail.optional(),
    username: ZUsername.optional(),
    password: ZPassword.optional(),
  })
  .refine((a) => Boolean(a.email || a.username), { path: ['email'], error: `${E}.emailOrUsername` });

/** An SSO first admin signs in through the tenant's identity provider: no password at all. */
export const ZSsoAdmin = z.object({
  authSource: z.literal('sso'),
  name: ZPersonName,
  email: ZEmail,
});

export const ZFirstAdmin = z.discriminatedUnion('authSource', [ZLocalAdmin, ZSsoAdmin], {
  error: `${E}.authSourceInvalid`,
});

export const ZCreateTenant = z.object({
  name: ZTenantName,
  slug: ZTenantSlug,
  defaultLocale: ZTenantLocale.default('ar'),
  timeZone: ZTimeZone.default(DEFAULT_TIME_ZONE),
  admin: ZFirstAdmin,
});
export type CreateTenant = z.infer<typeof ZCreateTenant>;
export type CreateTenantInput = z.input<typeof ZCreateTenant>;

export const ZUpdateTenant = z
  .object({
    name: ZTenantName.optional(),
    defaultLocale: ZTenantLocale.optional(),
    status: z.enum(TENANT_STATUSES, { error: `${E}.statusInvalid` }).optional(),
    timeZone: ZTimeZone.optional(),
  })
  .refine((u) => Object.values(u).some((v) => v !== undefined), {
    error: `${E}.nothingToUpdate`,
  });
export type UpdateTenant = z.infer<typeof ZUpdateTenant>;

const flagShape = Object.fromEntries(
  FLAG_NAMES.map((f) => [f, z.boolean({ error: `${E}.flagValue` }).optional()]),
) as Record<FeatureFlag, z.ZodOptional<z.ZodBoolean>>;

/** `{ flags: { audit_log: false } }`: only known flags, each a boolean. */
export const ZUpdateTenantFlags = z.object({
  flags: z.strictObject(flagShape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `${E}.unknownFlag` : `${E}.flagsRequired`),
  }),
});
export type UpdateTenantFlags = z.infer<typeof ZUpdateTenantFlags>;

export const ZTenantId = z.object({ id: z.string() });

/** Empty form fields (`?q=`) mean "no filter". */
const blank = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const ZListTenants = ZPagination.extend({
  q: blank(
    z
      .string()
      .trim()
      .max(200, { error: `${E}.searchLength` }),
  ),
  status: blank(z.enum(TENANT_STATUSES, { error: `${E}.statusInvalid` })),
});
export type ListTenants = z.infer<typeof ZListTenants>;
