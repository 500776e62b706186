/**
 * An OPC UA endpoint URL checked against the outbound-address policy (lib/net/outbound-policy.ts).
 */
import { resolveOutbound } from '../../net/outbound-policy';

/** The OPC UA port when an endpoint names none (IANA "opcua-tcp"). */
export const OPCUA_DEFAULT_PORT = 4840;

/**
 * The endpoint URL with its host replaced by the address the outbound policy allowed, so the
 * socket goes exactly where the check looked (the name is never resolved again, also not on
 * reconnects). Throws OutboundAddressRefused, or the resolver's error for unknown names.
 */
export async function resolveEndpoint(endpointUrl: string) {
  const url = new URL(endpointUrl);
  const port = Number(url.port || OPCUA_DEFAULT_PORT);
  const [first] = await resolveOutbound(url.hostname, port);
  const host = first!.family === 6 ? `[${first!.address}]` : first!.address;
  return `opc.tcp://${host}:${port}${url.pathname === '/' ? '' : url.pathname}`;
}
