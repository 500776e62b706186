import type { RequestContext } from '../tenancy/request-context';
import { sessionRequired } from './api-key-errors';

/** API keys act with their role, except on the key endpoints: a key cannot mint or revoke keys (403). */
export function assertSessionCaller(ctx: RequestContext): void {
  if (ctx.authMethod === 'api_key') throw sessionRequired();
}
