import { isConnectorErrorCode, type ConnectorProblem } from './connector';

/**
 * The ConnectorProblem behind whatever a connector threw: connectors attach it as `.problem`
 * (OPC UA, MQTT) or as `code` with an optional `detail` (SQL historian, plain errors); the detail
 * falls back to the error's message. Anything else is a protocol_error with its message.
 */
export function problemOf(error: unknown): ConnectorProblem {
  const e = error as { problem?: ConnectorProblem; code?: unknown; detail?: unknown } | null;
  if (e?.problem && isConnectorErrorCode(e.problem.code)) return e.problem;
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: isConnectorErrorCode(e?.code) ? e.code : 'protocol_error',
    detail: typeof e?.detail === 'string' ? e.detail : message,
  };
}
