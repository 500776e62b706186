/** REST push (kind `rest_push`): nothing to configure — senders push to POST /api/v1/ingest with an API key. */
import { z } from 'zod';

export const ZRestPushConfig = z.strictObject({}, { error: 'integrations.config.unknownField' });
export type RestPushConfig = z.infer<typeof ZRestPushConfig>;
export const ZRestPushSecrets = z.strictObject({}, { error: 'integrations.config.unknownField' });
export type RestPushSecrets = z.infer<typeof ZRestPushSecrets>;
