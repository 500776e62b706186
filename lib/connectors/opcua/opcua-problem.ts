/**
 * node-opcua's errors → the connector's stable problem codes (lib/connectors/connector.ts).
 * node-opcua reports most failures as an Error whose message names the OPC UA status code
 * ("BadUserAccessDenied (0x801f0000)") or wraps the socket error ("… Err = (connect ECONNREFUSED …)").
 */
import type { ConnectorErrorCode, ConnectorProblem } from '../connector';
import { findOutboundRefusal } from '../../net/outbound-policy';

const SOCKET_UNREACHABLE = /\b(ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE)\b/;
const SOCKET_TIMEOUT = /\b(ETIMEDOUT|BadTimeout|BadRequestTimeout)\b/;
const AUTH = /\b(BadUserAccessDenied|BadIdentityToken\w*|BadUserSignatureInvalid|BadNoValidCertificates)\b/;
const TLS =
  /\b(BadSecurityChecksFailed|BadCertificate\w*|BadSecurityPolicyRejected|BadSecurityModeRejected|BadNonceInvalid)\b|certificate/i;

/** Longest `detail` handed on (technical text for engineers; never carries a secret). */
const DETAIL_MAX = 300;

export function opcuaProblem(error: unknown): ConnectorProblem {
  if (findOutboundRefusal(error)) return { code: 'address_refused' };
  const text = describe(error);
  return { code: codeFor(text), detail: text.slice(0, DETAIL_MAX) };
}

function codeFor(text: string): ConnectorErrorCode {
  if (AUTH.test(text)) return 'auth_failed';
  if (TLS.test(text)) return 'tls_failed';
  if (SOCKET_UNREACHABLE.test(text) || /cannot be established/.test(text)) return 'unreachable';
  if (SOCKET_TIMEOUT.test(text)) return 'timeout';
  return 'protocol_error';
}

/** The error's message and code on one line (node-opcua's messages span several lines). */
function describe(error: unknown) {
  const e = error as { message?: unknown; code?: unknown } | null;
  const message = typeof e?.message === 'string' ? e.message : String(error);
  const code = typeof e?.code === 'string' && !message.includes(e.code) ? ` (${e.code})` : '';
  return `${message}${code}`.replace(/\s+/g, ' ').trim();
}
