/**
 * The SSO settings form, validated with the same schema in the browser and in PUT /api/sso-config.
 * Messages are keys in messages/*.json (namespace `sso`), so both sides show localized text.
 */
import { z } from 'zod';
import { TENANT_ROLES } from '../rbac/permissions';
import { DOMAIN_PATTERN } from './email-domain';
import { SSO_PROVIDERS } from './sso-presets';

const MAX_DOMAINS = 50;

const ZDomain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) => d.replace(/^@/, ''))
  .refine((d) => DOMAIN_PATTERN.test(d), 'sso.errors.domain');

const ZIssuer = z
  .string()
  .trim()
  .min(1, 'sso.errors.issuer')
  .max(500, 'sso.errors.issuer')
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash && !url.username;
    } catch {
      return false;
    }
  }, 'sso.errors.issuer');

export const ZSsoConfigInput = z
  .object({
    provider: z.enum(SSO_PROVIDERS, 'sso.errors.provider'),
    issuer: ZIssuer,
    clientId: z.string().trim().min(1, 'sso.errors.clientId').max(255, 'sso.errors.clientId'),
    /** empty or missing on update: keep the stored secret */
    clientSecret: z.string().max(1024, 'sso.errors.clientSecret').optional(),
    allowedDomains: z
      .array(ZDomain)
      .min(1, 'sso.errors.domainsRequired')
      .max(MAX_DOMAINS, 'sso.errors.domainsTooMany')
      .transform((list) => [...new Set(list)]),
    defaultRole: z.enum(TENANT_ROLES as [string, ...string[]], 'sso.errors.defaultRole'),
    jitEnabled: z.boolean(),
    enabled: z.boolean(),
  })
  .superRefine((input, ctx) => {
    const problem = presetIssuerProblem(input.provider, input.issuer);
    if (problem) ctx.addIssue({ code: 'custom', path: ['issuer'], message: problem });
  });

export type SsoConfigInput = z.infer<typeof ZSsoConfigInput>;

const ENTRA_MULTI_TENANT = new Set(['common', 'organizations', 'consumers']);

/** Preset-specific issuer rules: the shapes people most often get wrong. */
export function presetIssuerProblem(provider: string, issuer: string): string | null {
  if (typeof issuer !== 'string') return null;
  let url: URL;
  try {
    url = new URL(issuer.trim());
  } catch {
    return null; // reported by the URL check
  }
  if (provider === 'google' && issuer.trim() !== 'https://accounts.google.com') return 'sso.errors.issuerGoogle';
  if (provider === 'entra_id') {
    const parts = url.pathname.split('/').filter(Boolean);
    const ok =
      url.protocol === 'https:' &&
      url.hostname === 'login.microsoftonline.com' &&
      parts.length === 2 &&
      parts[1] === 'v2.0' &&
      !ENTRA_MULTI_TENANT.has(parts[0]!.toLowerCase());
    if (!ok) return 'sso.errors.issuerEntra';
  }
  if (provider === 'okta' && url.protocol !== 'https:') return 'sso.errors.issuerHttps';
  return null;
}

/** One text box, one domain per line (commas and spaces also separate). */
export function parseDomainList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((d) => d.trim())
    .filter(Boolean);
}
