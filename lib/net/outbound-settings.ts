/**
 * The deployment's outbound-address settings (README → Configuration): whether tenant-configured
 * connections may reach loopback or private networks, and which host:port pairs are the
 * platform's own services (refused whatever those settings say).
 */
import { outboundEnv } from '../env';

export interface PlatformService {
  name: 'database' | 'app';
  host: string;
  port: number;
}

export interface OutboundSettings {
  allowLoopback: boolean;
  allowPrivateNetworks: boolean;
  platformServices: PlatformService[];
}

/** Read from the environment on each call (see outboundEnv in lib/env.ts). Throws EnvError on bad values. */
export function outboundSettings(source: Record<string, string | undefined> = process.env): OutboundSettings {
  const env = outboundEnv(source);
  const services: PlatformService[] = [{ name: 'app', host: env.HOST, port: env.PORT }];
  const database = databaseService(env.DATABASE_URL);
  if (database) services.push(database);
  return {
    allowLoopback: env.OUTBOUND_ALLOW_LOOPBACK,
    allowPrivateNetworks: env.OUTBOUND_ALLOW_PRIVATE_NETWORKS,
    platformServices: services,
  };
}

/** host:port of `postgresql://user:pass@host:port/db` (a URL without a TCP host names no service). */
function databaseService(url: string | undefined): PlatformService | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (!parsed.hostname) return null;
    return { name: 'database', host: parsed.hostname, port: Number(parsed.port || 5432) };
  } catch {
    return null;
  }
}
