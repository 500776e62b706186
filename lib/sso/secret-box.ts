/**
 * Authenticated encryption for small secrets (the IdP client secret, the sign-in state cookie):
 * AES-256-GCM with a key derived from AUTH_SECRET by HKDF-SHA256 and a fixed context per use,
 * so a value sealed for one purpose cannot be opened as another. Rotating AUTH_SECRET makes
 * stored client secrets unreadable: the admin re-enters them (docs/sso.md).
 */
import crypto from 'node:crypto';
import { env } from '../env';

export type SecretContext = 'sso-client-secret' | 'sso-state' | 'sso-ticket' | 'integration-secrets';

const VERSION = 'v1';
const SALT = 'optria-iq';

/** A 32-byte key for `context`, derived from the deployment's AUTH_SECRET (or a given one, for tests). */
export function deriveKey(context: SecretContext, secret: string = env().AUTH_SECRET): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', secret, SALT, `optria-iq/${context}/${VERSION}`, 32));
}

/** `v1.<iv>.<ciphertext>.<tag>` in base64url; the context is also bound as additional data. */
export function seal(plain: string, context: SecretContext, secret?: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', deriveKey(context, secret), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, body, cipher.getAuthTag()]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** The plain text, or null when the value was tampered with, sealed for another context or key. */
export function open(sealed: string, context: SecretContext, secret?: string): string | null {
  const parts = sealed.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) return null;
  const [iv, body, tag] = parts.slice(1).map((p) => Buffer.from(p, 'base64url'));
  if (iv!.length !== 12 || tag!.length !== 16) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', deriveKey(context, secret), iv!);
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
