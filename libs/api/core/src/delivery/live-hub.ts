import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { JOB_QUEUE_OPTIONS, type JobQueueOptions } from './job-queue';

export type LiveListener = (payload: string) => void;

/**
 * PostgreSQL LISTEN/NOTIFY between the API processes that serve one database: a write notifies a channel in its
 * transaction (delivered at the commit, to every process), and each process hands the thin payload (an id, a
 * sequence number) to its local listeners, which re-read what they need. One connection per process listens;
 * when it drops, it reconnects and tells every listener (with an empty payload) to catch up by cursor.
 */
@Injectable()
export class LiveHub implements OnApplicationShutdown {
  private readonly log = new Logger('LiveHub');
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;

  constructor(@Inject(JOB_QUEUE_OPTIONS) private readonly options: JobQueueOptions) {}

  /** Sends `payload` on `channel` when `manager`'s transaction commits (nothing if it rolls back). */
  static async notify(manager: Pick<EntityManager, 'query'>, channel: string, payload: string): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  /** Calls `listener` for every notification on `channel` from any process; returns the unsubscribe. */
  async listen(channel: string, listener: LiveListener): Promise<() => void> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await this.connect();
      await this.client?.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    }
    set.add(listener);
    return () => void set.delete(listener);
  }

  private connect(): Promise<void> {
    if (this.client || this.closed || !this.options.databaseUrl) return Promise.resolve();
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.options.databaseUrl!, application_name: 'kindling-live' });
      client.on('notification', (message) => this.dispatch(message.channel, message.payload ?? ''));
      client.on('error', (error) => {
        this.log.warn(`live connection lost (${error.message}); reconnecting`);
        this.dropped(client);
      });
      client.on('end', () => this.dropped(client));
      await client.connect();
      for (const channel of this.listeners.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      this.client = client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private dropped(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.reconnectSoon();
  }

  private reconnectSoon(): void {
    if (this.closed) return;
    setTimeout(() => {
      this.connect()
        // whatever was notified while the connection was down is caught up by each listener's cursor
        .then(() => this.listeners.forEach((_set, channel) => this.dispatch(channel, '')))
        .catch((error: Error) => {
          this.log.warn(`live reconnect failed (${error.message})`);
          this.reconnectSoon();
        });
    }, 1000).unref();
  }

  private dispatch(channel: string, payload: string): void {
    for (const listener of this.listeners.get(channel) ?? []) {
      try {
        listener(payload);
      } catch (error) {
        this.log.error(`live listener on ${channel} failed: ${(error as Error).message}`);
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
