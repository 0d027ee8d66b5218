import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DATABASE_URL } from '../database/database-url';

type Listener = (payload: string) => void;

/**
 * One dedicated connection that LISTENs for PostgreSQL notifications, shared by whoever wants a signal on
 * commit (the inbox stream, the mail worker). It reconnects after losing the server; a signal missed in
 * between is only a later wake-up, since both also look on their own.
 */
@Injectable()
export class PgListener implements OnApplicationShutdown {
  private readonly logger = new Logger(PgListener.name);
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: Client | null = null;
  private connecting: Promise<Client> | null = null;
  private closed = false;

  constructor(@Inject(DATABASE_URL) private readonly databaseUrl: string) {}

  /** Calls `listener` with each payload on `channel`; the returned function stops it. */
  async listen(channel: string, listener: Listener): Promise<() => void> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      const client = await this.connected();
      await client.query(`LISTEN ${quoteIdentifier(channel)}`);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  private connected(): Promise<Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<Client> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'referral-portal-listener' });
    client.on('notification', (message) => {
      for (const listener of this.listeners.get(message.channel) ?? []) listener(message.payload ?? '');
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'notification listener lost its connection');
      this.client = null;
      if (!this.closed) setTimeout(() => void this.relisten(), 1_000).unref();
    });
    await client.connect();
    this.client = client;
    return client;
  }

  private async relisten(): Promise<void> {
    try {
      const client = await this.connected();
      for (const channel of this.listeners.keys()) await client.query(`LISTEN ${quoteIdentifier(channel)}`);
    } catch (error) {
      this.logger.warn({ err: error }, 'notification listener could not reconnect; retrying');
      if (!this.closed) setTimeout(() => void this.relisten(), 5_000).unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
