import { z } from 'zod';
import { withApi } from '@/lib/http/with-api';
import { getAssetHealth, ZAssetHealthQuery } from '@/lib/health/get-asset-health';

const params = z.object({ id: z.string() });

/** `{ latest, history }` — docs/health-model.md; `?from&to` (ISO, default the last 7 days). */
export const GET = withApi(
  { permission: 'assets.read', params, query: ZAssetHealthQuery },
  async ({ ctx, params, query }) => getAssetHealth(ctx, params.id, query),
);
