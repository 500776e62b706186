/**
 * One short-lived MQTT connection (Test connection, browse): clean session, random client id, no
 * reconnect. Resolves with the connected client once CONNACK accepted it; rejects with an
 * MqttFailure within `timeoutMs` whatever the broker does (refuses, never answers, closes).
 */
import { randomBytes } from 'node:crypto';
import mqtt, { type MqttClient } from 'mqtt';
import type { ConnectorTimeouts } from '../connector';
import type { MqttConfig, MqttSecrets } from './config';
import { brokerOptions } from './client-options';
import { MqttFailure, mqttProblem } from './mqtt-problem';

export async function connectOnce(
  config: MqttConfig,
  secrets: MqttSecrets,
  { timeoutMs, signal }: ConnectorTimeouts,
): Promise<MqttClient> {
  const deadline = signal ? AbortSignal.any([AbortSignal.timeout(timeoutMs), signal]) : AbortSignal.timeout(timeoutMs);
  let client: MqttClient | null = null;
  try {
    return await new Promise<MqttClient>((resolve, reject) => {
      const timedOut = () =>
        reject(new MqttFailure({ code: 'timeout', detail: `no answer from the broker within ${timeoutMs} ms` }));
      if (deadline.aborted) return timedOut();
      deadline.addEventListener('abort', timedOut, { once: true });
      brokerOptions(config, secrets).then((options) => {
        if (deadline.aborted) return;
        client = mqtt.connect({
          ...options,
          clientId: `optria-probe-${randomBytes(6).toString('hex')}`,
          clean: true,
          reconnectPeriod: 0,
          connectTimeout: timeoutMs,
        });
        client.once('connect', () => resolve(client!));
        client.once('error', reject);
        client.once('close', () =>
          reject(
            new MqttFailure({ code: 'protocol_error', detail: 'the broker closed the connection before CONNACK' }),
          ),
        );
      }, reject);
    });
  } catch (error) {
    (client as MqttClient | null)?.end(true);
    throw new MqttFailure(mqttProblem(error));
  }
}
