/** Demo replay (kind `demo`): nothing to configure — the worker replays the recorded demo plant. */
import { z } from 'zod';

export const ZDemoConfig = z.strictObject({}, { error: 'integrations.config.unknownField' });
export type DemoConfig = z.infer<typeof ZDemoConfig>;
export const ZDemoSecrets = z.strictObject({}, { error: 'integrations.config.unknownField' });
export type DemoSecrets = z.infer<typeof ZDemoSecrets>;
