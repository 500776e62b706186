import { withApi } from '@/lib/http/with-api';
import { ZTestConnection } from '@/lib/integrations/integration-schemas';
import { testIntegration } from '@/lib/integrations/test-integration';

/** Connects once with saved or unsaved settings; 200 with ok or the connector's problem. */
export const POST = withApi({ permission: 'integrations.manage', body: ZTestConnection }, async ({ ctx, body }) =>
  testIntegration(ctx, body),
);
