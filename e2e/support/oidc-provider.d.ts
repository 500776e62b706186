// The small part of oidc-provider (which ships no types) that e2e/support/oidc-idp.ts uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface OidcContext {
    oidc: { params: Record<string, unknown>; session: { accountId?: string } };
  }
  type CheckFn = (ctx: OidcContext) => boolean | Promise<boolean>;

  export const interactionPolicy: {
    Check: {
      new (reason: string, description: string, check: CheckFn): unknown;
      REQUEST_PROMPT: boolean;
      NO_NEED_TO_PROMPT: boolean;
    };
    base(): Array<{ name: string; checks: unknown[] & { add(check: unknown): void } }> & {
      get(name: string): { checks: unknown[] & { add(check: unknown): void } };
    };
  };

  interface Interaction {
    prompt: { name: string };
    params: Record<string, unknown>;
    session?: { accountId?: string };
  }

  interface GrantInstance {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    Grant: new (init: { accountId?: string; clientId: string }) => GrantInstance;
    on(event: string, listener: (...args: unknown[]) => void): void;
  }
}
