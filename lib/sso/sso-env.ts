/**
 * SSO's one setting from the environment. Issuers must use HTTPS; plain HTTP is accepted only
 * when SSO_ALLOW_HTTP_ISSUERS is set, which the e2e tests do for their local IdP on 127.0.0.1.
 */
import { z } from 'zod';

const ZSsoEnv = z.object({
  SSO_ALLOW_HTTP_ISSUERS: z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
    .default('')
    .transform((v) => v === '1' || v === 'true' || v === 'yes'),
});

let cached: z.infer<typeof ZSsoEnv> | undefined;

export function allowHttpIssuers(): boolean {
  cached ??= ZSsoEnv.parse(process.env);
  return cached.SSO_ALLOW_HTTP_ISSUERS;
}

/** Whether the issuer's scheme is acceptable in this deployment. */
export function isIssuerSchemeAllowed(issuer: string): boolean {
  const protocol = new URL(issuer).protocol;
  return protocol === 'https:' || (protocol === 'http:' && allowHttpIssuers());
}
