/**
 * The OPC UA connector (node-opcua client; docs/integrations.md#opc-ua). Read-only: it browses,
 * reads attributes while browsing and testing, and subscribes to data changes — nothing that
 * changes the server.
 *   test   — connect + session within the timeout → TestConnectionResult (never throws)
 *   browse — variables under Objects (browse-address-space.ts); rejects with OpcuaProblemError
 *   start  — one session, one subscription, a monitored item per mapped NodeId (opcua-session.ts)
 * node-opcua is loaded on first use (opcua-operations.ts), not when the registry is imported.
 */
import type { Connector } from '../connector';
import { ZOpcuaConfig, ZOpcuaSecrets, type OpcuaConfig, type OpcuaSecrets } from './config';
import { DEFAULT_RECONNECT, type OpcuaReconnectTuning } from './reconnect-tuning';

const operations = () => import('./opcua-operations');

/** The connector; tests pass shorter reconnect delays. */
export function createOpcuaConnector(
  tuning: OpcuaReconnectTuning = DEFAULT_RECONNECT,
): Connector<OpcuaConfig, OpcuaSecrets> {
  return {
    kind: 'opcua',
    configSchema: ZOpcuaConfig,
    secretsSchema: ZOpcuaSecrets,
    test: async (config, secrets, options) => (await operations()).testOpcuaConnection(config, secrets, options),
    browse: async (config, secrets, options) => (await operations()).browseOpcua(config, secrets, options),
    start: async (config, secrets, sink, options) =>
      (await operations()).startOpcuaSession(config, secrets, sink, options, tuning),
  };
}

export const opcuaConnector = createOpcuaConnector();
