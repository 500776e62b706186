import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { browseIntegration } from '@/lib/integrations/browse-integration';

const params = z.object({ id: z.string() });

export const GET = withApi({ permission: 'integrations.manage', params }, async ({ ctx, params }) =>
  browseIntegration(ctx, params.id),
);
