/**
 * The MQTT connector (mqtt.js 5, MQTT 5 protocol). Read-only: it connects, subscribes and
 * acknowledges; it never publishes. test: CONNACK within the timeout. browse: subscribes for a
 * short window and lists the topics (and JSON fields) seen with a sample value. start: the
 * long-running subscription (./mqtt-session.ts). See docs/integrations.md, "MQTT".
 */
import { performance } from 'node:perf_hooks';
import type { BrowsedTag, Connector } from '../connector';
import { ZMqttConfig, ZMqttSecrets, type MqttConfig, type MqttSecrets } from './config';
import { connectOnce } from './connect-once';
import { mqttProblem } from './mqtt-problem';
import { readingsFromPayload } from './payload';
import { startMqttSession } from './mqtt-session';

/** How long browse listens at most (retained messages arrive at once; live ones within a period). */
const BROWSE_WINDOW_MS = 3_000;
const BROWSE_MAX_TAGS = 1_000;

export const mqttConnector: Connector<MqttConfig, MqttSecrets> = {
  kind: 'mqtt',
  configSchema: ZMqttConfig,
  secretsSchema: ZMqttSecrets,

  async test(config, secrets, options) {
    const started = performance.now();
    const latencyMs = () => Math.round(performance.now() - started);
    try {
      const client = await connectOnce(config, secrets, options);
      client.end(true);
      return { ok: true, latencyMs: latencyMs(), detail: 'MQTT 5 broker accepted the connection' };
    } catch (error) {
      return { ok: false, latencyMs: latencyMs(), ...mqttProblem(error) };
    }
  },

  async browse(config, secrets, options) {
    const started = performance.now();
    const client = await connectOnce(config, secrets, options);
    try {
      const seen = new Map<string, BrowsedTag>();
      client.on('message', (topic, payload) => {
        for (const reading of readingsFromPayload(topic, payload, config.payload, new Date())) {
          if (seen.size >= BROWSE_MAX_TAGS && !seen.has(reading.externalTag)) continue;
          seen.set(reading.externalTag, {
            externalTag: reading.externalTag,
            displayName: reading.externalTag,
            dataType: Number.isFinite(reading.value) ? 'number' : 'not a number',
            description: `sample: ${Number.isFinite(reading.value) ? reading.value : payload.toString('utf8').slice(0, 80)}`,
          });
        }
      });
      await client.subscribeAsync(config.topics, { qos: 0 });
      const remaining = options.timeoutMs - (performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(BROWSE_WINDOW_MS, remaining * 0.8))));
      return [...seen.values()].sort((a, b) => a.externalTag.localeCompare(b.externalTag));
    } finally {
      client.end(true);
    }
  },

  start: startMqttSession,
};
