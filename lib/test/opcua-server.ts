/**
 * A real OPC UA server (node-opcua, in this process) on a free loopback port, for the OPC UA
 * connector's tests. Its address space: a folder `Plant` under Objects, with a folder per
 * equipment (the part of the browse name before the first dot) holding Double variables with an
 * engineering unit and a description. Anonymous sign-in and the users in `users` are accepted;
 * security modes None, Sign and SignAndEncrypt are offered (it trusts any client certificate).
 *
 *   const server = await startOpcuaServer();
 *   server.endpointUrl            // opc.tcp://127.0.0.1:<port>
 *   server.setValue('ns=1;s=P101.DischargePressure', 6.2)            // Good, source time now
 *   server.setValue('ns=1;s=P101.DischargePressure', 0, 'BadSensorFailure')
 *   await server.stop(); server.removeNode('ns=1;s=R1.Temperature'); await server.start()
 *
 * stop() shuts the server down (sessions and subscriptions die with it); start() builds a new one
 * on the same port from the remaining tags and their last values. Its PKI (the server's own
 * certificate) lives under the OS temp folder and is reused by later runs.
 */
import os from 'node:os';
import path from 'node:path';
import { OPCUACertificateManager } from 'node-opcua-certificate-manager';
import { DataType, StatusCodes, type StatusCode } from 'node-opcua-client';
import { OPCUAServer } from 'node-opcua-server';
import { routeNodeOpcuaLogs } from '../connectors/opcua/node-opcua-logging';

routeNodeOpcuaLogs(); // node-opcua's warnings into the structured logger, as in the connector

export interface TestOpcuaTag {
  /** e.g. `ns=1;s=P101.DischargePressure` (ns=1 is the server's own namespace) */
  nodeId: string;
  /** e.g. `P101.DischargePressure`: shown under the folder `P101` as `DischargePressure` */
  browseName: string;
  value: number;
  unit?: string;
  description?: string;
}

export interface TestOpcuaServer {
  endpointUrl: string;
  port: number;
  /** Sets a value with the given status (default Good) and source timestamp (default now). */
  setValue(nodeId: string, v: number, status?: keyof typeof StatusCodes, sourceTimestamp?: Date): void;
  /** Deletes the node now (when running) and keeps it out of later starts. */
  removeNode(nodeId: string): void;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export interface TestOpcuaUser {
  username: string;
  password: string;
}

export const TEST_OPCUA_USER: TestOpcuaUser = { username: 'historian', password: 'historian-secret-1' };

export const DEFAULT_TEST_OPCUA_TAGS: TestOpcuaTag[] = [
  { nodeId: 'ns=1;s=P101.DischargePressure', browseName: 'P101.DischargePressure', value: 6.5, unit: 'bar' },
  { nodeId: 'ns=1;s=P101.Flow', browseName: 'P101.Flow', value: 42, unit: 'm³/h', description: 'Pump P-101 flow' },
  { nodeId: 'ns=1;s=R1.Temperature', browseName: 'R1.Temperature', value: 120.5, unit: '°C' },
  { nodeId: 'ns=1;s=R1.Pressure', browseName: 'R1.Pressure', value: 2800, unit: 'kPa' },
];

/** The part of a UAVariable this harness uses. */
interface Settable {
  setValueFromSource(variant: { dataType: DataType; value: number }, status: StatusCode, sourceTimestamp: Date): void;
}

const PKI_ROOT = path.join(os.tmpdir(), 'optria-test-opcua-server-pki');

export async function startOpcuaServer(
  options: { port?: number; tags?: TestOpcuaTag[]; users?: TestOpcuaUser[] } = {},
): Promise<TestOpcuaServer> {
  const tags = new Map((options.tags ?? DEFAULT_TEST_OPCUA_TAGS).map((t) => [t.nodeId, { ...t }]));
  const users = options.users ?? [TEST_OPCUA_USER];
  let port = options.port ?? 0;
  let server: OPCUAServer | null = null;
  let managers: OPCUACertificateManager[] = [];

  const start = async () => {
    if (server) return;
    managers = [
      new OPCUACertificateManager({
        rootFolder: path.join(PKI_ROOT, 'own'),
        automaticallyAcceptUnknownCertificate: true,
      }),
      new OPCUACertificateManager({ rootFolder: path.join(PKI_ROOT, 'users') }),
    ];
    const next = new OPCUAServer({
      port,
      hostname: '127.0.0.1',
      allowAnonymous: true,
      serverCertificateManager: managers[0],
      userCertificateManager: managers[1],
      userManager: {
        isValidUser: (name: string, password: string) =>
          users.some((u) => u.username === name && u.password === password),
      },
    });
    await next.initialize();
    addTags(next, [...tags.values()]);
    await next.start();
    port = next.endpoints[0]!.port;
    server = next;
  };

  const stop = async () => {
    const current = server;
    server = null;
    await current?.shutdown(0);
    await Promise.all(managers.map((m) => m.dispose()));
    managers = [];
  };

  await start();
  return {
    get endpointUrl() {
      return `opc.tcp://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    setValue(nodeId, v, status = 'Good', sourceTimestamp = new Date()) {
      const tag = tags.get(nodeId);
      if (!tag) throw new Error(`no tag ${nodeId}`);
      tag.value = v;
      const node = server?.engine.addressSpace?.findNode(nodeId) as Settable | null | undefined;
      node?.setValueFromSource(
        { dataType: DataType.Double, value: v },
        StatusCodes[status] as StatusCode,
        sourceTimestamp,
      );
    },
    removeNode(nodeId) {
      tags.delete(nodeId);
      const addressSpace = server?.engine.addressSpace;
      const node = addressSpace?.findNode(nodeId);
      if (node) addressSpace!.deleteNode(node);
    },
    stop,
    start,
  };
}

/** Plant/<equipment>/<variable> for each tag (equipment = browse name before the first dot). */
function addTags(server: OPCUAServer, tags: TestOpcuaTag[]) {
  const addressSpace = server.engine.addressSpace!;
  const namespace = addressSpace.getOwnNamespace();
  const plant = namespace.addFolder(addressSpace.rootFolder.objects, { browseName: 'Plant', nodeId: 's=Plant' });
  const folders = new Map<string, ReturnType<typeof namespace.addFolder>>();
  for (const tag of tags) {
    const [equipment, ...rest] = tag.browseName.split('.');
    const folderName = rest.length > 0 ? equipment! : 'Misc';
    let folder = folders.get(folderName);
    if (!folder) {
      folder = namespace.addFolder(plant, { browseName: folderName, nodeId: `s=Plant.${folderName}` });
      folders.set(folderName, folder);
    }
    namespace.addAnalogDataItem({
      componentOf: folder,
      browseName: rest.length > 0 ? rest.join('.') : tag.browseName,
      nodeId: tag.nodeId.replace(/^ns=1;/, ''),
      dataType: 'Double',
      description: tag.description,
      engineeringUnitsRange: { low: -1e9, high: 1e9 },
      engineeringUnits: tag.unit ? { displayName: { text: tag.unit }, description: { text: tag.unit } } : undefined,
      value: { dataType: DataType.Double, value: tag.value },
    });
  }
}
