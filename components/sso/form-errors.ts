/**
 * Field errors for the SSO form, from the shared zod schema (in the browser) or from the API's
 * `errors: [{path, message}]`: one message key per field, the first problem wins.
 */
export type SsoField = 'provider' | 'issuer' | 'clientId' | 'clientSecret' | 'allowedDomains' | 'defaultRole' | 'form';

const FIELDS = new Set<string>(['provider', 'issuer', 'clientId', 'clientSecret', 'allowedDomains', 'defaultRole']);

export type FieldErrors = Partial<Record<SsoField, string>>;

export function fieldErrors(issues: { path: string | PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const head = String((Array.isArray(issue.path) ? issue.path : issue.path.split('.'))[0] ?? '');
    const field: SsoField = FIELDS.has(head) ? (head as SsoField) : 'form';
    // Schema messages are keys in the `sso` namespace; anything else gets the field's own message.
    const key = issue.message.startsWith('sso.')
      ? issue.message
      : field === 'form'
        ? 'sso.errors.saveFailed'
        : `sso.errors.${field}`;
    out[field] ??= key;
  }
  return out;
}
