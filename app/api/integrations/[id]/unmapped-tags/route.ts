import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { ZPagination } from '@/lib/http/pagination';
import { listUnmappedTags } from '@/lib/integrations/list-unmapped-tags';

const params = z.object({ id: z.string() });

export const GET = withApi(
  { permission: 'integrations.read', params, query: ZPagination },
  async ({ ctx, params, query }) => listUnmappedTags(ctx, params.id, query),
);
