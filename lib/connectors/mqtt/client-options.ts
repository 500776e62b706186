/**
 * mqtt.js options for a configured broker. The broker's name is resolved once through the
 * outbound-address policy (lib/net/outbound-policy.ts) and the socket goes to that checked
 * address; TLS still verifies the certificate against the configured host name (SNI).
 * Throws OutboundAddressRefused (→ address_refused) or the resolver's error (→ unreachable).
 */
import net from 'node:net';
import type { IClientOptions } from 'mqtt';
import { resolveOutbound } from '../../net/outbound-policy';
import type { MqttConfig, MqttSecrets } from './config';

export const MQTT_DEFAULT_PORT = 1883;
export const MQTTS_DEFAULT_PORT = 8883;

export async function brokerOptions(config: MqttConfig, secrets: MqttSecrets): Promise<IClientOptions> {
  const url = new URL(config.url);
  const secure = url.protocol === 'mqtts:';
  const port = Number(url.port || (secure ? MQTTS_DEFAULT_PORT : MQTT_DEFAULT_PORT));
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const [target] = await resolveOutbound(hostname, port);
  return {
    protocol: secure ? 'mqtts' : 'mqtt',
    host: target!.address,
    hostname: target!.address,
    port,
    ...(secure && {
      servername: net.isIP(hostname) ? undefined : hostname,
      rejectUnauthorized: config.tls?.rejectUnauthorized ?? true,
      ...(config.tls?.ca && { ca: config.tls.ca }),
    }),
    username: config.username,
    password: secrets.password,
    protocolVersion: 5,
  };
}
