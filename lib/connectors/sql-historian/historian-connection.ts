/**
 * Connections to a tenant's PostgreSQL historian, and the one way to query it: inside a
 * READ ONLY transaction with a statement timeout. Read-only twice over: the session default is
 * `default_transaction_read_only=on` and every transaction is opened `BEGIN READ ONLY`, so even a
 * view or function behind the configured table cannot write (PostgreSQL refuses with 25006).
 */
import net from 'node:net';
import { Client } from 'pg';
import { resolveOutbound } from '../../net/outbound-policy';
import type { SqlHistorianConfig, SqlHistorianSecrets } from './config';
import { HistorianTimeout } from './historian-errors';

/**
 * Checks host:port with the outbound-address policy (refuses the platform's own database, link-local,
 * and loopback/private networks unless the deployment allows them), then connects to the address it
 * returned — never a second lookup. Rejects with OutboundAddressRefused, a network error or a pg error.
 */
export async function connectHistorian(
  config: SqlHistorianConfig,
  secrets: SqlHistorianSecrets,
  connectTimeoutMs: number,
): Promise<Client> {
  const [target] = await resolveOutbound(config.host, config.port);
  const hostIsName = !net.isIP(config.host.replace(/^\[(.*)\]$/, '$1'));
  const client = new Client({
    host: target!.address,
    port: config.port,
    database: config.database,
    user: config.user,
    password: secrets.password ?? '',
    // Verify the certificate against the configured name, not the resolved address.
    ssl: config.ssl ? { rejectUnauthorized: true, ...(hostIsName ? { servername: config.host } : {}) } : false,
    connectionTimeoutMillis: connectTimeoutMs,
    // A hung network gives no server-side timeout: bound every query on the client too.
    query_timeout: config.statementTimeoutMs + 5_000,
    keepAlive: true,
    application_name: 'optria-iq-historian',
    options: '-c default_transaction_read_only=on',
  });
  // An idle connection that drops emits 'error'; the caller notices on its next query.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await closeQuietly(client);
    throw error;
  }
  return client;
}

/**
 * Runs `work` inside `BEGIN READ ONLY` with `statement_timeout` (SET LOCAL) and UTC as the
 * session zone (so `timestamp` columns read as UTC); commits, or rolls back on any error.
 */
export async function inReadOnlyTransaction<T>(
  client: Client,
  statementTimeoutMs: number,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  await client.query('BEGIN READ ONLY');
  try {
    await client.query("SELECT set_config('statement_timeout', $1, true), set_config('TimeZone', 'UTC', true)", [
      String(Math.max(1, Math.round(statementTimeoutMs))),
    ]);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/**
 * Connect + `work` + close within `timeoutMs` in all (test connection, browse). On the deadline
 * the socket is destroyed and HistorianTimeout thrown.
 */
export async function withHistorian<T>(
  config: SqlHistorianConfig,
  secrets: SqlHistorianSecrets,
  timeoutMs: number,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const held: { client?: Client } = {};
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new HistorianTimeout('the historian', timeoutMs));
    }, timeoutMs);
  });
  const run = (async () => {
    const client = await connectHistorian(config, secrets, timeoutMs);
    held.client = client;
    // The deadline passed while connecting: nobody waits for this connection any more.
    if (timedOut) throw new HistorianTimeout('the historian', timeoutMs);
    return work(client);
  })();
  try {
    return await Promise.race([run, deadline]);
  } finally {
    clearTimeout(timer);
    if (timedOut) {
      // Close whatever connects late, or is still mid-query, by destroying its socket.
      void run.catch(() => {}).finally(() => held.client && closeQuietly(held.client, true));
      if (held.client) await closeQuietly(held.client, true);
    } else if (held.client) {
      await closeQuietly(held.client);
    }
  }
}

/** Ends the connection; `force` destroys the socket at once (a query may still be running). */
export async function closeQuietly(client: Client, force = false): Promise<void> {
  if (force) (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  await client.end().catch(() => {});
}
