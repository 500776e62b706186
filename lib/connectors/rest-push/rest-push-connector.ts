/**
 * REST push (kind `rest_push`): the sender pushes samples to `POST /api/v1/ingest` (lib/ingest-api),
 * so there is no endpoint to test and no session for the supervisor to start.
 */
import type { Connector } from '../connector';
import { ZRestPushConfig, ZRestPushSecrets, type RestPushConfig, type RestPushSecrets } from './config';

export const restPushConnector: Connector<RestPushConfig, RestPushSecrets> = {
  kind: 'rest_push',
  configSchema: ZRestPushConfig,
  secretsSchema: ZRestPushSecrets,
  async test() {
    return { ok: true, latencyMs: 0, detail: 'push integration: nothing to connect to' };
  },
};
