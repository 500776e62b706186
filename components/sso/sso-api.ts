/**
 * The SSO settings page's calls to /api/sso-config. A problem+json answer becomes a messageKey
 * (localized by the page) plus field errors and, for a 409, the domains already taken.
 */
import type { SsoConfigInput } from '@/lib/sso/sso-schema';
import type { DomainClaimDto } from './domain-claim-parts';

export interface SsoConfigDto {
  provider: SsoConfigInput['provider'];
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  allowedDomains: string[];
  defaultRole: string;
  jitEnabled: boolean;
  enabled: boolean;
}

export interface ApiFailure {
  ok: false;
  messageKey: string | null;
  errors: { path: string; message: string }[];
  domains: string[];
}

async function call<T>(
  path: string,
  method: 'PUT' | 'POST',
  body: unknown,
): Promise<{ ok: true; data: T } | ApiFailure> {
  try {
    const response = await fetch(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const data = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (response.ok) return { ok: true, data: data as T };
    return {
      ok: false,
      messageKey: typeof data?.messageKey === 'string' ? data.messageKey : null,
      errors: Array.isArray(data?.errors) ? (data.errors as ApiFailure['errors']) : [],
      domains: Array.isArray(data?.domains) ? (data.domains as string[]) : [],
    };
  } catch {
    return { ok: false, messageKey: null, errors: [], domains: [] };
  }
}

export const saveSsoConfig = (input: SsoConfigInput) =>
  call<{ config: SsoConfigDto; redirectUri: string }>('/api/sso-config', 'PUT', input);

/** "Verify now": the server looks up the domain's TXT record. */
export const verifyDomain = (domain: string) =>
  call<{ claim: DomainClaimDto }>(`/api/sso-config/domains/${encodeURIComponent(domain)}/verify`, 'POST', {});

export const checkDiscovery = (issuer: string) =>
  call<{ issuer: string; authorizationEndpoint: string | null }>('/api/sso-config/discovery', 'POST', { issuer });
