/**
 * The OPC UA connector's settings (docs/integrations.md#opc-ua). zod only, no Node imports: the
 * browser forms import these schemas too. Error messages are message keys
 * (messages: integrations.config.opcua.*).
 */
import { z } from 'zod';

export const OPCUA_SECURITY_MODES = ['None', 'Sign', 'SignAndEncrypt'] as const;
export const OPCUA_SECURITY_POLICIES = [
  'None',
  'Basic256Sha256',
  'Aes128_Sha256_RsaOaep',
  'Aes256_Sha256_RsaPss',
] as const;
export const OPCUA_AUTH_KINDS = ['anonymous', 'username'] as const;

/** Sampling and publishing intervals, milliseconds (the server may revise them). */
export const OPCUA_INTERVAL_MIN_MS = 50;
export const OPCUA_INTERVAL_MAX_MS = 3_600_000;

const key = (field: string) => `integrations.config.opcua.${field}`;

/** `opc.tcp://host[:port][/path]`; the host is checked by the outbound-address policy at connect time. */
export const ZOpcuaEndpointUrl = z
  .string({ error: key('endpointUrl') })
  .trim()
  .max(500, { error: key('endpointUrl') })
  .refine(isOpcTcpUrl, { error: key('endpointUrl') });

const interval = (field: string, fallback: number) =>
  z
    .number({ error: key(field) })
    .int({ error: key(field) })
    .min(OPCUA_INTERVAL_MIN_MS, { error: key(field) })
    .max(OPCUA_INTERVAL_MAX_MS, { error: key(field) })
    .default(fallback);

export const ZOpcuaConfig = z
  .strictObject(
    {
      endpointUrl: ZOpcuaEndpointUrl,
      securityMode: z.enum(OPCUA_SECURITY_MODES, { error: key('securityMode') }).default('None'),
      securityPolicy: z.enum(OPCUA_SECURITY_POLICIES, { error: key('securityPolicy') }).default('None'),
      auth: z.enum(OPCUA_AUTH_KINDS, { error: key('auth') }).default('anonymous'),
      username: z
        .string({ error: key('username') })
        .trim()
        .max(200, { error: key('username') })
        .optional(),
      samplingIntervalMs: interval('samplingIntervalMs', 1000),
      publishingIntervalMs: interval('publishingIntervalMs', 1000),
    },
    { error: key('unknownField') },
  )
  // Security None goes with policy None, and signing needs a real policy.
  .refine((c) => (c.securityMode === 'None') === (c.securityPolicy === 'None'), {
    error: key('securityPolicyMismatch'),
    path: ['securityPolicy'],
  })
  .refine((c) => c.auth !== 'username' || !!c.username, { error: key('usernameRequired'), path: ['username'] });
export type OpcuaConfig = z.infer<typeof ZOpcuaConfig>;

export const ZOpcuaSecrets = z.strictObject(
  {
    password: z
      .string({ error: key('password') })
      .max(1000, { error: key('password') })
      .optional(),
  },
  { error: key('unknownField') },
);
export type OpcuaSecrets = z.infer<typeof ZOpcuaSecrets>;

/** Every message key the schemas above can produce (messages/*.json carry each, a test checks). */
export const OPCUA_CONFIG_MESSAGE_KEYS = [
  'endpointUrl',
  'securityMode',
  'securityPolicy',
  'auth',
  'username',
  'samplingIntervalMs',
  'publishingIntervalMs',
  'unknownField',
  'securityPolicyMismatch',
  'usernameRequired',
  'password',
].map(key);

function isOpcTcpUrl(value: string) {
  try {
    const url = new URL(value);
    return url.protocol === 'opc.tcp:' && url.hostname !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}
