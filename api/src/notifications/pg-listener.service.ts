import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DATABASE_URL } from '../database/database-url';

type Listener = (payload: string) => void;

/**
 * The payload every listener gets once the connection is back after a loss: signals sent in between were
 * missed, so each listener should look for itself (for the inbox channel `*` already means "everyone").
 */
export const RECONNECTED_PAYLOAD = '*';

/**
 * One dedicated connection that LISTENs for PostgreSQL notifications, shared by whoever wants a signal on
 * commit (the inbox stream, the mail worker). It reconnects after losing the server, also when it could not
 * connect in the first place, and then calls every listener with `RECONNECTED_PAYLOAD`.
 */
@Injectable()
export class PgListener implements OnApplicationShutdown {
  private readonly logger = new Logger(PgListener.name);
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: Client | null = null;
  private connecting: Promise<Client> | null = null;
  private relistenTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(@Inject(DATABASE_URL) private readonly databaseUrl: string) {}

  /**
   * Calls `listener` with each payload on `channel`; the returned function stops it. With the database away
   * it still registers, and the channel is listened to once the connection is back.
   */
  async listen(channel: string, listener: Listener): Promise<() => void> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      try {
        const client = await this.connected();
        await client.query(`LISTEN ${quoteIdentifier(channel)}`);
      } catch (error) {
        this.logger.warn({ err: error }, 'notification listener could not listen; retrying');
        this.relistenLater(5_000);
      }
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
      if (this.client === client) this.client = null;
      this.relistenLater(1_000);
    });
    await client.connect();
    this.client = client;
    return client;
  }

  /** One pending reconnect at a time, however many failures asked for it. */
  private relistenLater(delayMs: number): void {
    if (this.closed || this.relistenTimer) return;
    this.relistenTimer = setTimeout(() => {
      this.relistenTimer = null;
      void this.relisten();
    }, delayMs);
    this.relistenTimer.unref();
  }

  private async relisten(): Promise<void> {
    try {
      const client = await this.connected();
      for (const channel of this.listeners.keys()) await client.query(`LISTEN ${quoteIdentifier(channel)}`);
    } catch (error) {
      this.logger.warn({ err: error }, 'notification listener could not reconnect; retrying');
      this.relistenLater(5_000);
      return;
    }
    for (const set of this.listeners.values()) for (const listener of set) listener(RECONNECTED_PAYLOAD);
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.relistenTimer) clearTimeout(this.relistenTimer);
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
