/**
 * The hand-over from the OIDC callback to Auth.js: a ticket signed (HMAC-SHA256, key derived
 * from AUTH_SECRET) with the user, their session version, their last sign-in time and a 60 s
 * expiry. The callback passes it to signIn('sso-ticket') inside the same server request, so it
 * never reaches the browser. Single use is enforced in the database, which every web process
 * shares: redeeming compares-and-sets users.last_sign_in_at, so a replayed ticket finds the value
 * already moved (system-redeem-sso-ticket.ts). Expiry alone would bound a replay to 60 s.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { deriveKey } from './secret-box';

export const TICKET_TTL_SECONDS = 60;

const ZTicket = z.object({
  uid: z.uuid(),
  tid: z.uuid(),
  /** users.session_version when issued */
  sv: z.number().int(),
  /** users.last_sign_in_at when issued (ms since epoch, 0 when never) */
  lsi: z.number().int().min(0),
  exp: z.number().int(),
  jti: z.string().min(16),
});
export type SsoTicket = z.infer<typeof ZTicket>;

const mac = (payload: string, secret?: string) =>
  crypto.createHmac('sha256', deriveKey('sso-ticket', secret)).update(payload).digest('base64url');

export function issueTicket(
  claims: Omit<SsoTicket, 'exp' | 'jti'>,
  opts: { now?: number; secret?: string } = {},
): string {
  const now = opts.now ?? Date.now();
  const ticket: SsoTicket = {
    ...claims,
    exp: Math.floor(now / 1000) + TICKET_TTL_SECONDS,
    jti: crypto.randomBytes(16).toString('base64url'),
  };
  const payload = Buffer.from(JSON.stringify(ticket)).toString('base64url');
  return `${payload}.${mac(payload, opts.secret)}`;
}

/** The ticket's claims, or null when forged, altered, malformed or expired. */
export function verifyTicket(value: unknown, opts: { now?: number; secret?: string } = {}): SsoTicket | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  const [payload, signature, extra] = value.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(payload, opts.secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  let parsed: SsoTicket;
  try {
    parsed = ZTicket.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return null;
  }
  const nowSeconds = Math.floor((opts.now ?? Date.now()) / 1000);
  if (parsed.exp <= nowSeconds || parsed.exp > nowSeconds + TICKET_TTL_SECONDS) return null;
  return parsed;
}
