/**
 * One short-lived OPC UA session for `test` and `browse`: check the endpoint against the outbound
 * policy, connect once (no retries), open a session, run `work`, close — all within `timeoutMs`.
 */
import type { ClientSession } from 'node-opcua-client';
import type { ConnectorProblem, ConnectorTimeouts } from '../connector';
import type { OpcuaConfig, OpcuaSecrets } from './config';
import { createOpcuaClient, userIdentity } from './opcua-client';
import { resolveEndpoint } from './opcua-endpoint';
import { opcuaProblem } from './opcua-problem';

export class OpcuaProblemError extends Error {
  constructor(public readonly problem: ConnectorProblem) {
    super(`${problem.code}${problem.detail ? `: ${problem.detail}` : ''}`);
  }
}

/**
 * Resolves with `work`'s result; rejects with OpcuaProblemError (`timeout` when the deadline or
 * the abort signal comes first, else the mapped node-opcua error).
 */
export async function withOpcuaSession<T>(
  config: OpcuaConfig,
  secrets: OpcuaSecrets,
  options: ConnectorTimeouts,
  work: (session: ClientSession) => Promise<T>,
): Promise<T> {
  let handle: ReturnType<typeof createOpcuaClient> | null = null;
  let finished = false;
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const deadline = new Promise<never>((_, reject) => {
    const fail = () =>
      reject(new OpcuaProblemError({ code: 'timeout', detail: `no answer within ${options.timeoutMs} ms` }));
    timer = setTimeout(fail, options.timeoutMs);
    onAbort = fail;
    if (options.signal?.aborted) fail();
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  const run = async () => {
    const endpoint = await resolveEndpoint(config.endpointUrl);
    if (finished) throw new Error('cancelled'); // the deadline came first: open nothing
    handle = createOpcuaClient(config, { maxRetry: 0, initialDelay: 100, maxDelay: 100 });
    await handle.client.connect(endpoint);
    const session = await handle.client.createSession(userIdentity(config, secrets));
    try {
      return await work(session);
    } finally {
      await session.close().catch(() => undefined);
    }
  };
  try {
    return await Promise.race([
      run().catch((error: unknown) => {
        throw error instanceof OpcuaProblemError ? error : new OpcuaProblemError(opcuaProblem(error));
      }),
      deadline,
    ]);
  } finally {
    finished = true;
    clearTimeout(timer);
    if (onAbort) options.signal?.removeEventListener('abort', onAbort);
    await (handle as ReturnType<typeof createOpcuaClient> | null)?.dispose();
  }
}
