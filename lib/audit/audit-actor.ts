/**
 * Who did an audited action. Never blank: the database refuses a row without one (CHECK
 * `audit_logs_actor_check`, migration 20261201002902_audit_actor).
 *   { type: 'user', userId }                        a signed-in person
 *   { type: 'api_key', userId, apiKey: {id,name,prefix} }  a request made with an API key; userId is
 *                                                   the key's creator. Name and prefix are copied,
 *                                                   so the entry stays readable after a revoke.
 *   { type: 'system', name }                        a process acting on its own: 'sso' (accounts made
 *                                                   or sign-ins refused on the IdP's word),
 *                                                   'worker:<job>' for background jobs
 */
import type { RequestContext } from '../tenancy/request-context';

export const AUDIT_ACTOR_TYPES = ['user', 'api_key', 'system'] as const;
export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];

export interface AuditApiKey {
  id: string;
  name: string;
  prefix: string;
}

export type AuditActor =
  | { type: 'user'; userId: string }
  | { type: 'api_key'; userId: string; apiKey: AuditApiKey }
  | { type: 'system'; name: string };

/** The actor of a request: its API key (with the key's creator), else its signed-in user. */
export function auditActor(ctx: Pick<RequestContext, 'userId' | 'authMethod' | 'apiKey'>): AuditActor {
  if (ctx.authMethod === 'api_key' && ctx.apiKey) return { type: 'api_key', userId: ctx.userId, apiKey: ctx.apiKey };
  return { type: 'user', userId: ctx.userId };
}

const SYSTEM_NAME = /^[a-z][a-z0-9_.:-]{0,99}$/;

/** A process acting on its own, e.g. systemActor('sso'), systemActor('worker:connector-poll'). */
export function systemActor(name: string): AuditActor {
  if (!SYSTEM_NAME.test(name)) throw new Error(`invalid system actor name: ${JSON.stringify(name)}`);
  return { type: 'system', name };
}

/** The audit_logs columns of an actor. */
export function actorColumns(actor: AuditActor) {
  return {
    actorType: actor.type,
    actorUserId: actor.type === 'system' ? null : actor.userId,
    apiKeyId: actor.type === 'api_key' ? actor.apiKey.id : null,
    apiKeyName: actor.type === 'api_key' ? actor.apiKey.name : null,
    apiKeyPrefix: actor.type === 'api_key' ? actor.apiKey.prefix : null,
    systemActor: actor.type === 'system' ? actor.name : null,
  };
}
