/**
 * Every connector kind the product knows, by IntegrationKind. Each connector module adds its one
 * line here; the API validates config/secrets with the module's schemas and the worker's
 * supervisor starts its sessions.
 */
import type { Connector, IntegrationKind } from './connector';
import { csvConnector } from './csv/csv-connector';
import { opcuaConnector } from './opcua/opcua-connector';
import { demoConnector } from './demo/demo-connector';
import { mqttConnector } from './mqtt/mqtt-connector';
import { restPushConnector } from './rest-push/rest-push-connector';
import { sqlHistorianConnector } from './sql-historian/sql-historian-connector';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const CONNECTORS: Partial<Record<IntegrationKind, Connector<any, any>>> = {
  opcua: opcuaConnector,
  sql_historian: sqlHistorianConnector,
  rest_push: restPushConnector,
  csv: csvConnector,
  demo: demoConnector,
  mqtt: mqttConnector,
};

/** The connector for `kind`, or null while that kind has no module yet. */
export function connectorFor(kind: IntegrationKind): Connector<unknown, unknown> | null {
  return (CONNECTORS[kind] as Connector<unknown, unknown> | undefined) ?? null;
}
