import { problemToFormErrors } from '@/lib/http/form-errors';
import { configFromValues, errorFields, initialValues, secretsFromValues, valuesFromConfig } from './kind-forms';
import { CONFIG_SCHEMAS } from './kind-schemas';

describe('integration forms as data', () => {
  it('turns an MQTT form into the config shape: topics one per line, JSON paths, no TLS for mqtt://', () => {
    const values = { ...initialValues('mqtt'), url: ' mqtt://127.0.0.1:1883 ', topics: 'plant/a\n\n plant/+/b \n' };
    expect(configFromValues('mqtt', values)).toEqual({
      url: 'mqtt://127.0.0.1:1883',
      topics: ['plant/a', 'plant/+/b'],
      payload: { format: 'json', valuePath: 'value' },
    });
  });

  it('sends TLS settings only for mqtts:// and payload paths only for JSON', () => {
    const values = { ...initialValues('mqtt'), url: 'mqtts://b:8883', topics: 't', payloadFormat: 'number' };
    expect(configFromValues('mqtt', values)).toEqual({
      url: 'mqtts://b:8883',
      topics: ['t'],
      payload: { format: 'number' },
      tls: { rejectUnauthorized: true },
    });
  });

  it('keeps numbers as numbers and text that is not one as text (the schema names the field)', () => {
    const values = { ...initialValues('opcua'), endpointUrl: 'opc.tcp://h:4840', samplingIntervalMs: 'fast' };
    expect(configFromValues('opcua', values)).toMatchObject({ samplingIntervalMs: 'fast', publishingIntervalMs: 1000 });
  });

  it('reads a stored config back into the form', () => {
    const config = {
      url: 'mqtts://b:8883',
      topics: ['a/#', 'b/+'],
      payload: { format: 'json', valuePath: 'data.pv', timestampPath: 'ts', timestampUnit: 'ms' },
      tls: { rejectUnauthorized: false },
    };
    const values = valuesFromConfig('mqtt', config);
    expect(values).toMatchObject({
      topics: 'a/#\nb/+',
      valuePath: 'data.pv',
      timestampUnit: 'ms',
      rejectUnauthorized: false,
    });
    expect(configFromValues('mqtt', values)).toEqual(config);
  });

  it('sends a secret only when typed, and an OPC UA password only with user/password sign-in', () => {
    expect(secretsFromValues('mqtt', { 'secret.password': '' })).toEqual({});
    expect(secretsFromValues('mqtt', { 'secret.password': 's3cret' })).toEqual({ password: 's3cret' });
    expect(secretsFromValues('opcua', { auth: 'anonymous', 'secret.password': 'x' })).toEqual({});
    expect(secretsFromValues('opcua', { auth: 'username', 'secret.password': 'x' })).toEqual({ password: 'x' });
  });

  it("puts the API's errors on the fields they name (config.payload.valuePath, secrets.password, topics.1)", () => {
    const errors = problemToFormErrors(
      {
        messageKey: 'validation.invalid',
        errors: [
          { path: 'config.payload.valuePath', message: 'integrations.config.mqtt.valuePath' },
          { path: 'secrets.password', message: 'integrations.config.mqtt.password' },
          { path: 'config.topics.1', message: 'integrations.config.mqtt.topic' },
          { path: 'name', message: 'validation.required' },
        ],
      },
      { fields: errorFields('mqtt') },
    );
    expect(errors).toEqual({
      valuePath: 'integrations.config.mqtt.valuePath',
      'secret.password': 'integrations.config.mqtt.password',
      topics: 'integrations.config.mqtt.topic',
      name: 'validation.required',
    });
  });
});

describe("the forms' output is what each kind's own schema accepts", () => {
  it.each([
    ['mqtt', { url: 'mqtt://127.0.0.1:1883', topics: 'plant/#' }],
    ['opcua', { endpointUrl: 'opc.tcp://127.0.0.1:4840' }],
    ['sql_historian', { host: '127.0.0.1', database: 'hist', user: 'reader', table: 'public.readings' }],
  ] as const)('%s: the starting values plus the required fields parse', (kind, typed) => {
    const parsed = CONFIG_SCHEMAS[kind]!.safeParse(configFromValues(kind, { ...initialValues(kind), ...typed }));
    expect(parsed.error?.issues).toBeUndefined();
  });

  it("a schema's refusal lands on the field it concerns (OPC UA: Sign with policy None → the policy)", () => {
    const values = { ...initialValues('opcua'), endpointUrl: 'opc.tcp://h:4840', securityMode: 'Sign' };
    const parsed = CONFIG_SCHEMAS.opcua!.safeParse(configFromValues('opcua', values));
    expect(problemToFormErrors(parsed.error!, { fields: errorFields('opcua') })).toEqual({
      securityPolicy: 'integrations.config.opcua.securityPolicyMismatch',
    });
  });

  it('a bad topic filter is named on the topics field', () => {
    const values = { ...initialValues('mqtt'), url: 'mqtt://h', topics: 'ok/#\nbad/#/x' };
    const parsed = CONFIG_SCHEMAS.mqtt!.safeParse(configFromValues('mqtt', values));
    expect(problemToFormErrors(parsed.error!, { fields: errorFields('mqtt') })).toEqual({
      topics: 'integrations.config.mqtt.topic',
    });
  });
});
