import 'server-only';
import crypto from 'node:crypto';

// No look-alikes (0/O, 1/l/I), so a password read off a screen is typed correctly.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A one-time password: 4 groups of 5 random characters (≈115 bits), e.g. "Xk7Pq-…". */
export function generateOneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 5 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}
