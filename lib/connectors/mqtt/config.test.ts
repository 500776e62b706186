import { isTopicFilter, ZMqttConfig, ZMqttSecrets, type MqttConfig } from './config';

const valid = {
  url: 'mqtt://broker.plant.example:1883',
  topics: ['plant/+/temp', 'line1/#'],
  payload: { format: 'json' },
};

/** The message keys of the issues of a failed parse. */
const errors = (input: unknown) => {
  const result = ZMqttConfig.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('ZMqttConfig', () => {
  it('accepts a minimal config and keeps optional fields absent', () => {
    const config: MqttConfig = ZMqttConfig.parse(valid);
    expect(config).toEqual(valid);
    expect('clientId' in config && config.clientId !== undefined).toBe(false);
  });

  it('accepts the full shape: mqtts, client id, user, paths, TLS with a CA', () => {
    const ca = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
    const config = ZMqttConfig.parse({
      ...valid,
      url: 'mqtts://10.0.0.5',
      clientId: 'optria-line-1',
      username: 'reader',
      payload: { format: 'json', valuePath: 'data.v', timestampPath: 'data.ts', timestampUnit: 'ms' },
      tls: { rejectUnauthorized: false, ca },
    });
    expect(config.tls).toEqual({ rejectUnauthorized: false, ca });
    expect(config.payload.valuePath).toBe('data.v');
  });

  it('treats blank optional form fields as not given', () => {
    const config = ZMqttConfig.parse({
      ...valid,
      clientId: ' ',
      username: '',
      payload: { format: 'number', valuePath: '' },
    });
    expect(config.clientId).toBeUndefined();
    expect(config.username).toBeUndefined();
    expect(config.payload.valuePath).toBeUndefined();
  });

  it.each([
    ['http://broker:1883', 'integrations.config.mqtt.url'],
    ['mqtt://', 'integrations.config.mqtt.url'],
    ['mqtt://user:pw@broker', 'integrations.config.mqtt.url'],
    ['mqtt://broker/path', 'integrations.config.mqtt.url'],
    ['broker:1883', 'integrations.config.mqtt.url'],
  ])('refuses the URL %s with a message key', (url, key) => {
    expect(errors({ ...valid, url })).toEqual([key]);
  });

  it('refuses missing, too many, duplicate and malformed topic filters', () => {
    expect(errors({ ...valid, topics: [] })).toEqual(['integrations.config.mqtt.topicsRequired']);
    expect(errors({ ...valid, topics: Array.from({ length: 51 }, (_, i) => `t/${i}`) })).toEqual([
      'integrations.config.mqtt.tooManyTopics',
    ]);
    expect(errors({ ...valid, topics: ['a/b', 'a/b'] })).toEqual(['integrations.config.mqtt.duplicateTopic']);
    expect(errors({ ...valid, topics: ['a/#/b'] })).toEqual(['integrations.config.mqtt.topic']);
  });

  it('refuses unknown fields, formats, units and paths', () => {
    expect(errors({ ...valid, extra: 1 })).toEqual(['integrations.config.mqtt.unknownField']);
    expect(errors({ ...valid, payload: { format: 'xml' } })).toEqual(['integrations.config.mqtt.payloadFormat']);
    expect(errors({ ...valid, payload: { format: 'json', timestampUnit: 'us' } })).toEqual([
      'integrations.config.mqtt.timestampUnit',
    ]);
    expect(errors({ ...valid, payload: { format: 'json', valuePath: 'a..b' } })).toEqual([
      'integrations.config.mqtt.valuePath',
    ]);
    expect(errors({ ...valid, tls: { ca: 'not a pem' } })).toEqual(['integrations.config.mqtt.tlsCa']);
  });
});

describe('isTopicFilter', () => {
  it.each(['a', 'a/b/c', '+', '#', 'a/+/c', 'a/#', '+/+/#', '/a', 'a//b', '$SYS/#'])('accepts %s', (filter) => {
    expect(isTopicFilter(filter)).toBe(true);
  });
  it.each(['', 'a/#/b', 'a/b#', 'a+/b', '#/a', 'a/b+', 'x'.repeat(257), 'a\u0000b'])('refuses %j', (filter) => {
    expect(isTopicFilter(filter)).toBe(false);
  });
});

describe('ZMqttSecrets', () => {
  it('accepts an optional password and refuses unknown fields', () => {
    expect(ZMqttSecrets.parse({})).toEqual({});
    expect(ZMqttSecrets.parse({ password: 's3cret' })).toEqual({ password: 's3cret' });
    expect(ZMqttSecrets.safeParse({ token: 'x' }).success).toBe(false);
  });
});
