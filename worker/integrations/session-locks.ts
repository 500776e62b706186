/**
 * One session per integration across every worker process: a PostgreSQL session-level advisory
 * lock per integration, held on one dedicated connection (not the pool, whose connections come
 * and go). If that connection drops, PostgreSQL releases every lock it held, so the supervisor
 * must stop all its sessions at once (`onLost`) — another worker may take them over.
 */
import { Client } from 'pg';

/** The first key of the two-key advisory lock: "integration sessions" (other users pick others). */
const LOCK_CLASS = 0x1a7e;

export class SessionLocks {
  private client: Client | null = null;
  private connecting: Promise<Client> | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly onLost: (error: Error) => void,
  ) {}

  private async connection(): Promise<Client> {
    if (this.client) return this.client;
    this.connecting ??= (async () => {
      const client = new Client({ connectionString: this.connectionString, application_name: 'optria-supervisor' });
      const lost = (error: Error) => {
        if (this.client !== client) return;
        this.client = null;
        this.onLost(error);
      };
      client.on('error', lost);
      client.on('end', () => lost(new Error('lock connection ended')));
      await client.connect();
      this.client = client;
      return client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  /** True when this process now holds the integration's lock (or already did). */
  async tryLock(integrationId: string): Promise<boolean> {
    const client = await this.connection();
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1::int, hashtext($2)) AS locked',
      [LOCK_CLASS, integrationId],
    );
    return rows[0]!.locked;
  }

  async unlock(integrationId: string): Promise<void> {
    const client = this.client;
    if (!client) return; // the connection is gone, and its locks with it
    await client.query('SELECT pg_advisory_unlock($1::int, hashtext($2))', [LOCK_CLASS, integrationId]);
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
