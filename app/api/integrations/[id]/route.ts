import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { getIntegration } from '@/lib/integrations/list-integrations';
import { updateIntegration } from '@/lib/integrations/update-integration';
import { deleteIntegration } from '@/lib/integrations/delete-integration';
import { ZUpdateIntegration } from '@/lib/integrations/integration-schemas';

const params = z.object({ id: z.string() });

export const GET = withApi({ permission: 'integrations.status', params }, async ({ ctx, params }) =>
  getIntegration(ctx, params.id),
);

export const PATCH = withApi(
  { permission: 'integrations.manage', params, body: ZUpdateIntegration },
  async ({ ctx, params, body }) => updateIntegration(ctx, params.id, body),
);

export const DELETE = withApi({ permission: 'integrations.manage', params }, async ({ ctx, params }) => {
  await deleteIntegration(ctx, params.id);
  return new Response(null, { status: 204 });
});
