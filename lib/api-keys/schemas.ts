/**
 * Input of the API key endpoints, shared by the route handlers and the create form (no server-only
 * imports here). The expiry is an ISO 8601 date-time; "not in the past" is checked by the service,
 * where "now" is the server's clock.
 */
import { z } from 'zod';
import { ZPagination } from '../http/pagination';
import { TENANT_ROLES, type RoleName } from '../rbac/permissions';
import { zName } from '../validation/human-text';

export type ApiKeyRole = Exclude<RoleName, 'platform_owner'>;
export const API_KEY_ROLES = TENANT_ROLES as [ApiKeyRole, ...ApiKeyRole[]];

export const API_KEY_NAME_MAX = 100;

export const ZCreateApiKey = z.object({
  name: zName({ required: 'apiKeys.errors.nameRequired', length: 'apiKeys.errors.nameTooLong', max: API_KEY_NAME_MAX }),
  role: z.enum(API_KEY_ROLES),
  expiresAt: z.iso
    .datetime({ offset: true })
    .nullish()
    .transform((v) => (v ? new Date(v) : null)),
});
export type CreateApiKeyInput = z.input<typeof ZCreateApiKey>;
export type CreateApiKey = z.output<typeof ZCreateApiKey>;

export const ZListApiKeys = ZPagination;

export const ZApiKeyId = z.object({ id: z.string() });
