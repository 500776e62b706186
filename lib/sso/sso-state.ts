/**
 * What the callback needs to finish a sign-in the start route began: the tenant, the IdP, the
 * state / nonce / PKCE verifier and where to go afterwards. Kept in a short-lived httpOnly
 * cookie, sealed with AES-256-GCM (secret-box), so the browser can neither read nor alter it
 * and no server-side store is needed (any web process can finish the flow).
 */
import { z } from 'zod';
import { open, seal } from './secret-box';

export const STATE_COOKIE = 'optria-sso';
export const STATE_TTL_SECONDS = 10 * 60;
/** Sent back only to the SSO routes. */
export const STATE_COOKIE_PATH = '/api/sso';

const ZState = z.object({
  tenantId: z.uuid(),
  issuer: z.string(),
  state: z.string().min(16),
  nonce: z.string().min(16),
  codeVerifier: z.string().min(43),
  redirectUri: z.url(),
  locale: z.enum(['ar', 'en']),
  next: z.string().max(2000),
  exp: z.number().int(),
});
export type SsoState = z.infer<typeof ZState>;

export function sealState(value: Omit<SsoState, 'exp'>, now = Date.now()): string {
  return seal(JSON.stringify({ ...value, exp: Math.floor(now / 1000) + STATE_TTL_SECONDS }), 'sso-state');
}

/** The state, or null when the cookie is missing, altered or expired. */
export function openState(cookie: string | undefined, now = Date.now()): SsoState | null {
  if (!cookie) return null;
  const plain = open(cookie, 'sso-state');
  if (!plain) return null;
  try {
    const state = ZState.parse(JSON.parse(plain));
    return state.exp > Math.floor(now / 1000) ? state : null;
  } catch {
    return null;
  }
}
