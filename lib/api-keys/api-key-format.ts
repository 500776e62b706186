/**
 * The API key format: `oiq_<prefix>_<secret>`.
 * - prefix: 12 lower-case hex characters, unique, not secret; it finds the key and is shown in lists.
 * - secret: 32 random bytes, base64url (43 characters); only its SHA-256 is stored.
 * A plain SHA-256 (no salt, no slow KDF) is enough here: the secret is 256 bits of randomness, so
 * neither dictionaries nor brute force apply, and a fast hash keeps every API request cheap.
 */
import crypto from 'node:crypto';

export const API_KEY_PREFIX = 'oiq';
const PREFIX_BYTES = 6;
const SECRET_BYTES = 32;
const FORMAT = /^oiq_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedApiKey {
  prefix: string;
  secret: string;
  /** what the client sends: `oiq_<prefix>_<secret>` — shown once, never stored */
  token: string;
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = crypto.randomBytes(PREFIX_BYTES).toString('hex');
  const secret = crypto.randomBytes(SECRET_BYTES).toString('base64url');
  return { prefix, secret, token: formatApiKey(prefix, secret) };
}

export const formatApiKey = (prefix: string, secret: string) => `${API_KEY_PREFIX}_${prefix}_${secret}`;

/** How a key is shown in lists: enough to recognise it, nothing that authenticates. */
export const displayPrefix = (prefix: string) => `${API_KEY_PREFIX}_${prefix}`;

/** The prefix and secret of a well-formed token; null for anything else. */
export function parseApiKey(token: string): { prefix: string; secret: string } | null {
  const match = FORMAT.exec(token);
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented secret with a stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && crypto.timingSafeEqual(presented, stored);
}
