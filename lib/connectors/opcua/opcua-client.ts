/**
 * Building node-opcua clients for a configured endpoint: the outbound-address check, security,
 * the client's own certificate store (its PKI folder), and the user identity.
 */
import os from 'node:os';
import path from 'node:path';
import { OPCUACertificateManager } from 'node-opcua-certificate-manager';
import { OPCUAClient, UserTokenType, type ConnectionStrategyOptions, type UserIdentityInfo } from 'node-opcua-client';
import type { OpcuaConfig, OpcuaSecrets } from './config';
import { routeNodeOpcuaLogs } from './node-opcua-logging';

routeNodeOpcuaLogs();

/**
 * Where the connector keeps its client certificate and the server certificates it trusted:
 * OPCUA_PKI_DIR, else a folder under the OS temp dir (created on first use). Never inside the
 * app's folder. Set OPCUA_PKI_DIR to a persistent path in production so the client certificate
 * a server administrator trusted survives restarts.
 */
export function opcuaPkiDir(source: Record<string, string | undefined> = process.env) {
  return source.OPCUA_PKI_DIR?.trim() || path.join(os.tmpdir(), 'optria-iq-opcua-pki');
}

export interface OpcuaClientHandle {
  client: OPCUAClient;
  /** Disconnects (also cancels connection attempts in progress) and releases the PKI store. */
  dispose(): Promise<void>;
}

/** A client for `config` (not yet connected). `connectionStrategy` sets node-opcua's retries and backoff. */
export function createOpcuaClient(config: OpcuaConfig, connectionStrategy: ConnectionStrategyOptions) {
  const certificateManager = new OPCUACertificateManager({
    rootFolder: opcuaPkiDir(),
    // Trust on first use: a Sign/SignAndEncrypt endpoint's certificate is accepted and stored
    // under trusted/ (docs/integrations.md#opc-ua explains how to pin one instead).
    automaticallyAcceptUnknownCertificate: true,
  });
  const client = OPCUAClient.create({
    applicationName: 'OPTRIA IQ',
    endpointMustExist: false,
    securityMode: config.securityMode,
    securityPolicy: config.securityPolicy,
    connectionStrategy,
    clientCertificateManager: certificateManager,
    requestedSessionTimeout: 60_000,
  });
  let disposed: Promise<void> | null = null;
  const dispose = () =>
    (disposed ??= (async () => {
      await client.disconnect().catch(() => undefined);
      await certificateManager.dispose().catch(() => undefined);
    })());
  return { client, dispose } satisfies OpcuaClientHandle;
}

export function userIdentity(config: OpcuaConfig, secrets: OpcuaSecrets): UserIdentityInfo {
  if (config.auth === 'username') {
    return { type: UserTokenType.UserName, userName: config.username ?? '', password: secrets.password ?? '' };
  }
  return { type: UserTokenType.Anonymous };
}
