import { withApi } from '@/lib/http/with-api';
import { pushSamples } from '@/lib/ingest-api/push-samples';

/** REST push (docs/integrations.md#rest-push): usually with an API key; the body is read by pushSamples (size limit). */
export const POST = withApi({ permission: 'samples.push' }, async ({ ctx, request, locale }) =>
  pushSamples(ctx, request, { locale }),
);
