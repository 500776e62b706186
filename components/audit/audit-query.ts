/** The audit page's URL parameters: the API's filters plus the platform owner's tenant choice. */
export interface AuditQuery {
  action?: string;
  actorUserId?: string;
  actorType?: 'user' | 'api_key' | 'system';
  apiKeyId?: string;
  targetType?: string;
  from?: string;
  to?: string;
  scope?: 'platform';
  tenant_id?: string;
  page?: string;
}

/** `/audit-log?…` with the given parameters (empty ones dropped, paging reset unless given). */
export function auditHref(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, String(v));
  const s = params.toString();
  return s ? `/audit-log?${s}` : '/audit-log';
}

/** "tenant.create" → "tenant_create": message keys cannot contain dots. */
export const actionKey = (action: string) => `auditLog.actions.${action.replace(/\./g, '_')}`;
export const targetKey = (targetType: string) => `auditLog.targets.${targetType.replace(/\./g, '_')}`;
