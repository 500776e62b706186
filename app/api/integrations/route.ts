import { withApi } from '@/lib/http/with-api';
import { listIntegrations, ZListIntegrations } from '@/lib/integrations/list-integrations';
import { createIntegration } from '@/lib/integrations/create-integration';
import { ZCreateIntegration } from '@/lib/integrations/integration-schemas';

/** Every tenant role lists (viewers: status only); only tenant_admin creates. */
export const GET = withApi({ permission: 'integrations.status', query: ZListIntegrations }, async ({ ctx, query }) =>
  listIntegrations(ctx, query),
);

export const POST = withApi({ permission: 'integrations.manage', body: ZCreateIntegration }, async ({ ctx, body }) =>
  Response.json(await createIntegration(ctx, body), { status: 201 }),
);
