/**
 * A real MQTT broker for tests and the benchmark: Debian's mosquitto (scripts/ensure-mosquitto.sh
 * installs it) on a free loopback port, with a config file of its own in a temp dir.
 *   const broker = await startMosquitto();              // anonymous, no persistence
 *   broker.url  → 'mqtt://127.0.0.1:<port>'
 *   await broker.restart();                            // same port (sessions kept only with persistence)
 *   await broker.stop();                               // kills it by PID, removes the temp dir
 * `users` turns anonymous access off and writes a password file (mosquitto_passwd) with them.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface MosquittoBroker {
  port: number;
  /** mqtt://127.0.0.1:<port> */
  url: string;
  stop(): Promise<void>;
  /** Stops (SIGTERM: a persistent broker saves its sessions) and starts it again on the same port. */
  restart(): Promise<void>;
}

export interface MosquittoOptions {
  /** keep sessions and queued messages across restart() (persistence file in the temp dir) */
  persistence?: boolean;
  /** when given, anonymous access is refused and only these users may connect */
  users?: { username: string; password: string }[];
  /** how many QoS 1 messages the broker queues per offline session (default 100 000) */
  maxQueuedMessages?: number;
}

const MOSQUITTO = '/usr/sbin/mosquitto';
const MOSQUITTO_PASSWD = '/usr/bin/mosquitto_passwd';

export async function startMosquitto(options: MosquittoOptions = {}): Promise<MosquittoBroker> {
  if (!fs.existsSync(MOSQUITTO)) throw new Error(`${MOSQUITTO} is missing: run scripts/ensure-mosquitto.sh`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'optria-mosquitto-'));
  // mosquitto drops root privileges to the `mosquitto` user: let it read the dir and its files
  fs.chmodSync(dir, 0o777);
  const port = await freePort();
  const config = path.join(dir, 'mosquitto.conf');
  const lines = [
    `listener ${port} 127.0.0.1`,
    `allow_anonymous ${options.users ? 'false' : 'true'}`,
    `persistence ${options.persistence ? 'true' : 'false'}`,
    `persistence_location ${dir}/`,
    // QoS 1 throughput: let the broker keep many messages in flight towards a batching subscriber
    'max_inflight_messages 0',
    `max_queued_messages ${options.maxQueuedMessages ?? 100_000}`,
    'max_queued_bytes 0',
    'log_dest stderr',
    'log_type error',
    'log_type warning',
  ];
  if (options.users) {
    const passwords = path.join(dir, 'passwords');
    fs.writeFileSync(passwords, '');
    for (const user of options.users) execFileSync(MOSQUITTO_PASSWD, ['-b', passwords, user.username, user.password]);
    fs.chmodSync(passwords, 0o644);
    lines.push(`password_file ${passwords}`);
  }
  fs.writeFileSync(config, lines.join('\n') + '\n');

  let child: ChildProcess | null = await launch(config, port);
  const stop = async () => {
    const running = child;
    child = null;
    if (running) await kill(running);
  };
  return {
    port,
    url: `mqtt://127.0.0.1:${port}`,
    restart: async () => {
      await stop();
      child = await launch(config, port);
    },
    stop: async () => {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts mosquitto and resolves once its port accepts connections. */
async function launch(config: string, port: number): Promise<ChildProcess> {
  const child = spawn(MOSQUITTO, ['-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`mosquitto exited (${child.exitCode}): ${stderr.trim()}`);
    if (await accepts(port)) return child;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await kill(child);
  throw new Error(`mosquitto did not listen on ${port} within 10 s: ${stderr.trim()}`);
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A loopback port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
