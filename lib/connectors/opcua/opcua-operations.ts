/**
 * The connector's operations, in one module the connector loads on first use (node-opcua takes
 * about a second to load: the web app and the API validate OPC UA settings without it).
 */
import { AttributeIds } from 'node-opcua-client';
import type { BrowsedTag, ConnectorTimeouts, TestConnectionResult } from '../connector';
import type { OpcuaConfig, OpcuaSecrets } from './config';
import { browseAddressSpace } from './browse-address-space';
import { OpcuaProblemError, withOpcuaSession } from './open-session';

export { startOpcuaSession } from './opcua-session';

/** Server_ServerStatus_BuildInfo_ProductName: the server's product, shown on a successful test. */
const SERVER_PRODUCT_NAME = 'ns=0;i=2261';

/** Connect + session (+ one read of the product name) within the timeout; never throws. */
export async function testOpcuaConnection(
  config: OpcuaConfig,
  secrets: OpcuaSecrets,
  options: ConnectorTimeouts,
): Promise<TestConnectionResult> {
  const started = performance.now();
  const latencyMs = () => Math.round(performance.now() - started);
  try {
    const product = await withOpcuaSession(config, secrets, options, async (session) => {
      const dataValue = await session.read({ nodeId: SERVER_PRODUCT_NAME, attributeId: AttributeIds.Value });
      return typeof dataValue.value.value === 'string' ? dataValue.value.value : undefined;
    });
    return { ok: true, latencyMs: latencyMs(), ...(product ? { detail: product } : {}) };
  } catch (error) {
    const problem =
      error instanceof OpcuaProblemError ? error.problem : { code: 'protocol_error' as const, detail: String(error) };
    return { ok: false, latencyMs: latencyMs(), ...problem };
  }
}

/** The address space's variables; rejects with OpcuaProblemError (`.problem`: code and detail). */
export function browseOpcua(
  config: OpcuaConfig,
  secrets: OpcuaSecrets,
  options: ConnectorTimeouts,
): Promise<BrowsedTag[]> {
  return withOpcuaSession(config, secrets, options, (session) => browseAddressSpace(session));
}
