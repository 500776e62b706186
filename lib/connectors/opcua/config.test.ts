import ar from '../../../messages/ar.json';
import en from '../../../messages/en.json';
import { OPCUA_CONFIG_MESSAGE_KEYS, ZOpcuaConfig, ZOpcuaSecrets } from './config';

const messageAt = (messages: object, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

const issues = (input: unknown) => {
  const result = ZOpcuaConfig.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('ZOpcuaConfig', () => {
  it('fills defaults for a minimal anonymous, unsecured endpoint', () => {
    expect(ZOpcuaConfig.parse({ endpointUrl: ' opc.tcp://plc-7.plant.local:4840/UA/Server ' })).toEqual({
      endpointUrl: 'opc.tcp://plc-7.plant.local:4840/UA/Server',
      securityMode: 'None',
      securityPolicy: 'None',
      auth: 'anonymous',
      samplingIntervalMs: 1000,
      publishingIntervalMs: 1000,
    });
  });

  it('accepts signed and encrypted sessions with user names', () => {
    const config = {
      endpointUrl: 'opc.tcp://[fd00::7]:4840',
      securityMode: 'SignAndEncrypt',
      securityPolicy: 'Aes256_Sha256_RsaPss',
      auth: 'username',
      username: 'historian',
      samplingIntervalMs: 250,
      publishingIntervalMs: 500,
    };
    expect(ZOpcuaConfig.parse(config)).toEqual(config);
  });

  it('refuses what it cannot connect to, with message keys', () => {
    expect(issues({ endpointUrl: 'http://plc:4840' })).toEqual(['endpointUrl: integrations.config.opcua.endpointUrl']);
    expect(issues({ endpointUrl: 'opc.tcp://user:pw@plc:4840' })).toEqual([
      'endpointUrl: integrations.config.opcua.endpointUrl',
    ]);
    expect(issues({ endpointUrl: 'opc.tcp://plc', securityMode: 'Sign' })).toEqual([
      'securityPolicy: integrations.config.opcua.securityPolicyMismatch',
    ]);
    expect(issues({ endpointUrl: 'opc.tcp://plc', securityPolicy: 'Basic256Sha256' })).toEqual([
      'securityPolicy: integrations.config.opcua.securityPolicyMismatch',
    ]);
    expect(issues({ endpointUrl: 'opc.tcp://plc', auth: 'username' })).toEqual([
      'username: integrations.config.opcua.usernameRequired',
    ]);
    expect(issues({ endpointUrl: 'opc.tcp://plc', samplingIntervalMs: 10, publishingIntervalMs: 1.5 })).toEqual([
      'samplingIntervalMs: integrations.config.opcua.samplingIntervalMs',
      'publishingIntervalMs: integrations.config.opcua.publishingIntervalMs',
    ]);
    expect(issues({ endpointUrl: 'opc.tcp://plc', securityMode: 'Encrypt' })).toEqual([
      'securityMode: integrations.config.opcua.securityMode',
    ]);
    expect(issues({ endpointUrl: 'opc.tcp://plc', password: 'x' })).toEqual([
      ': integrations.config.opcua.unknownField',
    ]);
  });

  it('keeps the password in the secrets only', () => {
    expect(ZOpcuaSecrets.parse({ password: 's3cret' })).toEqual({ password: 's3cret' });
    expect(ZOpcuaSecrets.parse({})).toEqual({});
    expect(ZOpcuaSecrets.safeParse({ password: 7 }).error?.issues[0]?.message).toBe(
      'integrations.config.opcua.password',
    );
  });

  it('has a message for every key it can produce, in both languages', () => {
    for (const key of OPCUA_CONFIG_MESSAGE_KEYS) {
      expect(messageAt(en, key)).toMatch(/\S/);
      expect(messageAt(ar, key)).toMatch(/\S/);
    }
  });
});
