import type { ConnectorErrorCode, ConnectorProblem } from '../connectors/connector';

const CODES = new Set<ConnectorErrorCode>([
  'unreachable',
  'timeout',
  'auth_failed',
  'tls_failed',
  'address_refused',
  'bad_config',
  'protocol_error',
  'tag_not_found',
  'query_failed',
]);

/**
 * The ConnectorProblem behind an error a connector threw: connectors attach it as `.problem`
 * (OPC UA, MQTT) or as `code`/`detail` (SQL historian); anything else is a protocol_error.
 */
export function problemOf(error: unknown): ConnectorProblem {
  const e = error as { problem?: ConnectorProblem; code?: unknown; detail?: unknown; message?: unknown } | null;
  if (e?.problem && CODES.has(e.problem.code)) return e.problem;
  if (typeof e?.code === 'string' && CODES.has(e.code as ConnectorErrorCode)) {
    return { code: e.code as ConnectorErrorCode, ...(typeof e.detail === 'string' ? { detail: e.detail } : {}) };
  }
  return { code: 'protocol_error', ...(typeof e?.message === 'string' ? { detail: e.message.slice(0, 300) } : {}) };
}
