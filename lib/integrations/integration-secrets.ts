/**
 * An integration's secrets (passwords, client secrets, private keys) at rest: one JSON object of
 * string fields sealed with the secret box (AES-256-GCM, context `integration-secrets`) in
 * `integrations.sealed_secrets`. The API is write-only: it reports which fields are set
 * (`secretsSet`), never their values, and the audit log only names changed fields.
 */
import 'server-only';
import { open, seal } from '../sso/secret-box';

export type SecretFields = Record<string, string>;

/** The stored fields; {} when nothing is stored, or it was sealed under another AUTH_SECRET (re-enter them). */
export function openSecrets(sealed: string | null): SecretFields {
  if (!sealed) return {};
  const plain = open(sealed, 'integration-secrets');
  if (plain === null) return {};
  try {
    const parsed: unknown = JSON.parse(plain);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as SecretFields;
  } catch {
    return {};
  }
}

/** The value for `sealed_secrets`: null when no field is set. */
export function sealSecrets(fields: SecretFields): string | null {
  const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== ''));
  return Object.keys(set).length === 0 ? null : seal(JSON.stringify(set), 'integration-secrets');
}

/** Stored fields with a patch applied: a string replaces, null removes, an omitted field stays. */
export function mergeSecrets(stored: SecretFields, patch: Record<string, string | null> | undefined): SecretFields {
  const out: SecretFields = { ...stored };
  for (const [name, value] of Object.entries(patch ?? {})) {
    if (value === null || value === '') delete out[name];
    else out[name] = value;
  }
  return out;
}

/** The names of the fields that hold a value, sorted (what the API shows as `secretsSet`). */
export const secretNames = (fields: SecretFields) =>
  Object.keys(fields)
    .filter((k) => fields[k] !== '')
    .sort();

/** The field names whose value differs between two sets (for the audit: names only, never values). */
export function changedSecretNames(before: SecretFields, after: SecretFields): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => before[n] !== after[n]).sort();
}
