/**
 * MQTT connector configuration (browser-safe: zod only, the integration forms import it).
 * Error messages are message keys under `integrations.config.mqtt.*`.
 *   config  { url: 'mqtt://host[:1883]' | 'mqtts://host[:8883]', clientId?, username?,
 *             topics: 1–50 topic filters (`+` and `#` wildcards),
 *             payload: { format: 'json' | 'number', valuePath = 'value', timestampPath?, timestampUnit = 'iso' },
 *             tls?: { rejectUnauthorized = true, ca?: PEM } }
 *   secrets { password? }
 * externalTag of a reading = the topic, or `topic#path` for the other numeric fields of a JSON payload.
 */
import { z } from 'zod';

const KEY = 'integrations.config.mqtt';

/** '' from a form field means "not given". */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const MQTT_MAX_TOPICS = 50;

/**
 * An MQTT topic filter (MQTT 5 §4.7): `+` fills a whole level, `#` only as the whole last level,
 * no NUL; at most 256 characters here.
 */
export function isTopicFilter(filter: string): boolean {
  if (filter.length === 0 || filter.length > 256 || filter.includes('\u0000')) return false;
  const levels = filter.split('/');
  return levels.every(
    (level, i) =>
      (level === '#' && i === levels.length - 1) || level === '+' || (!level.includes('+') && !level.includes('#')),
  );
}

/** `a.b.0.c`: object keys and array indexes separated by dots. */
const DOT_PATH = /^[^.\s]+(\.[^.\s]+)*$/;

const ZDotPath = (key: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: `${KEY}.${key}` })
      .trim()
      .max(200, { error: `${KEY}.${key}` })
      .regex(DOT_PATH, { error: `${KEY}.${key}` })
      .optional(),
  );

export const ZMqttUrl = z
  .string({ error: `${KEY}.url` })
  .trim()
  .max(500, { error: `${KEY}.url` })
  .refine(
    (value) => {
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      return (
        (url.protocol === 'mqtt:' || url.protocol === 'mqtts:') &&
        url.hostname !== '' &&
        url.username === '' &&
        url.password === '' &&
        (url.pathname === '' || url.pathname === '/') &&
        url.search === '' &&
        url.hash === ''
      );
    },
    { error: `${KEY}.url` },
  );

export const ZMqttPayload = z.strictObject(
  {
    format: z.enum(['json', 'number'], { error: `${KEY}.payloadFormat` }),
    valuePath: ZDotPath('valuePath'),
    timestampPath: ZDotPath('timestampPath'),
    timestampUnit: z.enum(['iso', 'ms', 's'], { error: `${KEY}.timestampUnit` }).optional(),
  },
  { error: `${KEY}.unknownField` },
);

export const ZMqttConfig = z.strictObject(
  {
    url: ZMqttUrl,
    clientId: z.preprocess(
      blankToUndefined,
      z
        .string({ error: `${KEY}.clientId` })
        .trim()
        .regex(/^[A-Za-z0-9_.:-]{1,128}$/, { error: `${KEY}.clientId` })
        .optional(),
    ),
    username: z.preprocess(
      blankToUndefined,
      z
        .string({ error: `${KEY}.username` })
        .trim()
        .max(200, { error: `${KEY}.username` })
        .optional(),
    ),
    topics: z
      .array(
        z
          .string({ error: `${KEY}.topic` })
          .trim()
          .refine(isTopicFilter, { error: `${KEY}.topic` }),
        { error: `${KEY}.topics` },
      )
      .min(1, { error: `${KEY}.topicsRequired` })
      .max(MQTT_MAX_TOPICS, { error: `${KEY}.tooManyTopics` })
      .refine((topics) => new Set(topics).size === topics.length, { error: `${KEY}.duplicateTopic` }),
    payload: ZMqttPayload,
    tls: z
      .strictObject(
        {
          rejectUnauthorized: z.boolean({ error: `${KEY}.tlsRejectUnauthorized` }).default(true),
          ca: z.preprocess(
            blankToUndefined,
            z
              .string({ error: `${KEY}.tlsCa` })
              .trim()
              .max(64 * 1024, { error: `${KEY}.tlsCa` })
              .regex(/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/, { error: `${KEY}.tlsCa` })
              .optional(),
          ),
        },
        { error: `${KEY}.unknownField` },
      )
      .optional(),
  },
  { error: `${KEY}.unknownField` },
);

export const ZMqttSecrets = z.strictObject(
  {
    password: z.preprocess(
      blankToUndefined,
      z
        .string({ error: `${KEY}.password` })
        .max(1000, { error: `${KEY}.password` })
        .optional(),
    ),
  },
  { error: `${KEY}.unknownField` },
);

export type MqttConfig = z.infer<typeof ZMqttConfig>;
export type MqttSecrets = z.infer<typeof ZMqttSecrets>;
export type MqttPayload = MqttConfig['payload'];
