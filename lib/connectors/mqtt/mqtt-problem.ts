/**
 * An MQTT connection failure → the connector's stable problem code (docs/integrations.md, "MQTT").
 * Sources: the outbound-address policy, Node socket/DNS/TLS errors, and CONNACK refusals
 * (MQTT 3.1.1 return codes 1–5, MQTT 5 reason codes ≥ 0x80) that mqtt.js reports as `code`.
 */
import type { ConnectorProblem } from '../connector';
import { findOutboundRefusal } from '../../net/outbound-policy';

const UNREACHABLE = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
]);
const TLS = /^(ERR_TLS|ERR_SSL|ERR_OSSL|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_TLS_CERT)/;
/** CONNACK: 4/5 (3.1.1), 134 bad user name or password, 135 not authorized, 138 banned, 140 bad auth method */
const AUTH = new Set([4, 5, 134, 135, 138, 140]);
/** CONNACK: 2 (3.1.1) / 133 client identifier not valid; 149 packet too large; 153 payload format */
const CONFIG = new Set([2, 133, 149, 153]);
/** CONNACK: 3 (3.1.1) / 136 server unavailable, 137 server busy, 151 quota exceeded, 156/157 use another server */
const UNAVAILABLE = new Set([3, 136, 137, 151, 156, 157]);

export class MqttFailure extends Error {
  constructor(public readonly problem: ConnectorProblem) {
    super(problem.detail ?? problem.code);
  }
}

export function mqttProblem(error: unknown): ConnectorProblem {
  if (error instanceof MqttFailure) return error.problem;
  const refusal = findOutboundRefusal(error);
  if (refusal) return { code: 'address_refused', detail: 'the outbound-address policy refused the broker address' };
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const detail = typeof message === 'string' ? message.slice(0, 500) : String(error).slice(0, 500);
  if (typeof code === 'number') {
    if (AUTH.has(code)) return { code: 'auth_failed', detail };
    if (CONFIG.has(code)) return { code: 'bad_config', detail };
    if (UNAVAILABLE.has(code)) return { code: 'unreachable', detail };
    return { code: 'protocol_error', detail };
  }
  if (typeof code === 'string') {
    if (UNREACHABLE.has(code)) return { code: 'unreachable', detail };
    if (code === 'ETIMEDOUT' || code === 'ABORT_ERR' || code === 'TimeoutError') return { code: 'timeout', detail };
    if (TLS.test(code)) return { code: 'tls_failed', detail };
  }
  if (detail === 'TLS not authorized' || /SSL|TLS|certificate/i.test(detail)) return { code: 'tls_failed', detail };
  if (/connack timeout|timed? ?out/i.test(detail)) return { code: 'timeout', detail };
  return { code: 'protocol_error', detail };
}
