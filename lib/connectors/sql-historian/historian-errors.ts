/**
 * Any failure talking to the historian → a ConnectorProblem with a stable code (connector.ts).
 * `detail` is the server's or driver's own message (never holds the password: pg does not echo it).
 */
import type { ConnectorProblem } from '../connector';
import { findOutboundRefusal } from '../../net/outbound-policy';

/** Thrown by our own timers (connect + query budget of test/browse). */
export class HistorianTimeout extends Error {
  constructor(what: string, ms: number) {
    super(`${what} took longer than ${ms} ms`);
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ECONNABORTED',
]);

// SQLSTATE classes and codes (PostgreSQL appendix A).
const AUTH_STATES = new Set(['28000', '28P01']);
const TIMEOUT_STATES = new Set(['57014']); // query_canceled: statement_timeout
const SHUTDOWN_STATES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);
const CONFIG_STATES = new Set(['3D000']); // the database does not exist

export function historianProblem(error: unknown): ConnectorProblem {
  const refusal = findOutboundRefusal(error);
  if (refusal) return { code: 'address_refused', detail: refusal.message };
  const e = (error ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const detail = (typeof e.message === 'string' && e.message) || String(error);
  if (error instanceof HistorianTimeout || TIMEOUT_STATES.has(code) || /timeout/i.test(detail)) {
    return { code: 'timeout', detail };
  }
  if (AUTH_STATES.has(code)) return { code: 'auth_failed', detail };
  if (CONFIG_STATES.has(code)) return { code: 'bad_config', detail };
  if (
    NETWORK_CODES.has(code) ||
    SHUTDOWN_STATES.has(code) ||
    /Connection terminated|connection ended|connection error|not queryable/i.test(detail)
  ) {
    return { code: 'unreachable', detail };
  }
  if (/^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(code) || /does not support SSL/i.test(detail)) {
    return { code: 'tls_failed', detail };
  }
  if (/^[0-9A-Z]{5}$/.test(code)) return { code: 'query_failed', detail };
  return { code: 'protocol_error', detail };
}
