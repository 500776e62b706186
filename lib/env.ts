/**
 * Every environment variable the app reads, validated once with zod. A missing or bad value
 * fails fast with one readable message listing every problem.
 */
import { z } from 'zod';
import { ZSsoAllowHttpIssuers, ZSsoDnsServers } from './sso/sso-env';
import { DEMO_ENV_SHAPE } from './demo/demo-env';

const boolish = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

export const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** deployment label shown in /internal/config/status */
  APP_ENV: z.string().min(1).default('demo'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL'),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (openssl rand -base64 32)'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** sign-in throttling: failures allowed per account / per IP within the window */
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  SIGNIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  SEED_DEMO: boolish.optional(),
  /** reverse proxies in front of the app that append to X-Forwarded-For (lib/http/client-ip.ts) */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** outbound-address policy (lib/net): let tenant-configured connections reach 127/8, ::1, localhost */
  OUTBOUND_ALLOW_LOOPBACK: boolish.default(false),
  /** …and 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7 (on-premises IdPs and plant systems) */
  OUTBOUND_ALLOW_PRIVATE_NETWORKS: boolish.default(false),
  /** SSO (read lazily by lib/sso/sso-env.ts; validated here so a bad value stops the start) */
  SSO_ALLOW_HTTP_ISSUERS: ZSsoAllowHttpIssuers,
  SSO_DNS_SERVERS: ZSsoDnsServers,
  /** lib/ingest: samples stamped more than this many seconds ahead of the server clock are rejected */
  INGEST_FUTURE_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** POST /api/v1/ingest (lib/ingest-api): largest request body in bytes (413 above), default 5 MiB */
  INGEST_API_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(104_857_600).default(5_242_880),
  /** …and most samples in one request (400 above) */
  INGEST_API_MAX_SAMPLES: z.coerce.number().int().min(1).max(100_000).default(10_000),
  /** the OPC UA connector's certificate store (lib/connectors/opcua/opcua-client.ts); default under the OS temp dir */
  OPCUA_PKI_DIR: z.string().trim().min(1).optional(),
  /** the demo plant's replay (lib/demo/demo-env.ts) */
  ...DEMO_ENV_SHAPE,
});

export type Env = z.infer<typeof ZEnv>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}\nSee README.md → Configuration.`);
  }
  return result.data;
}

let cached: Env | undefined;

const ZOutboundEnv = ZEnv.pick({
  OUTBOUND_ALLOW_LOOPBACK: true,
  OUTBOUND_ALLOW_PRIVATE_NETWORKS: true,
  HOST: true,
  PORT: true,
}).extend({ DATABASE_URL: ZEnv.shape.DATABASE_URL.optional() });
export type OutboundEnv = z.infer<typeof ZOutboundEnv>;

/**
 * What the outbound-address policy needs (lib/net/outbound-settings.ts). Parsed on every use, not
 * cached: it costs nothing next to a network call, and tests switch the settings per case. The
 * same fields are validated at start by env().
 */
export function outboundEnv(source: Record<string, string | undefined> = process.env): OutboundEnv {
  const result = ZOutboundEnv.safeParse(source);
  if (!result.success)
    throw new EnvError(`Invalid configuration: ${result.error.issues.map((i) => i.path).join(', ')}`);
  return result.data;
}

/** The validated environment (parsed on first use, at server start via instrumentation.ts). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
