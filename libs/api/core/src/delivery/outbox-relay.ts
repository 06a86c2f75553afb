import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BACKGROUND_STATEMENT_TIMEOUT } from '../events/writes';
import { JobQueue } from './job-queue';
import { LiveHub } from './live-hub';
import { OUTBOX_CONSUMERS, type OutboxConsumer, type OutboxConsumerTypes, type OutboxEvent } from './outbox';

/** The channel Writes notifies when it appends to the outbox (the payload is empty: the relay reads by cursor). */
export const OUTBOX_CHANNEL = 'kindling_outbox';
/** The queue of consumer `name`: one job per outbox event, `{ seq }`. */
export const outboxQueue = (name: string) => `outbox.${name}`;

/**
 * Attempts of a consumer's job: exponential backoff with jitter from 2 s, about 17 minutes in all, then it fails
 * (a dead letter an admin can retry). An attempt still active after 2 minutes (its process died: kill -9, a
 * crash; work after the commit stops at its 60 s statement timeout) counts as failed and is retried. In seconds:
 * pg-boss 10 stores a queue's expiry only from `expireInSeconds`.
 */
const CONSUMER_RETRY = { retryLimit: 9, retryDelay: 2, retryBackoff: true, expireInSeconds: 120 } as const;
/** A safety net: NOTIFY can be missed while the listening connection reconnects. */
const POLL_MS = 5_000;
const BATCH = 1_000;


/**
 * A job id that sorts like the event's seq within the consumer's queue (a UUID of the consumer's tag and the
 * seq's digits): jobs queued together are fetched in commit order (pg-boss fetches by creation time, then id),
 * so a consumer sees an event's effects (an auto-follow, a credit snapshot) before the events after it; the tag
 * keeps one event's jobs of different consumers apart (an admin retries a dead letter by its id).
 */
function jobIdOf(consumer: string, seq: string): string {
  const tag = createHash('sha256').update(consumer).digest('hex').slice(0, 8);
  const hex = tag + BigInt(seq).toString(16).padStart(24, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface CursorRow {
  name: string;
  last_seq: string;
}

/**
 * Moves committed outbox events into each consumer's queue: one job per (consumer, event), sent in the same
 * transaction that advances the consumer's cursor, so every event is queued exactly once per consumer even
 * with several API processes (the cursor row is locked) or a crash midway. Woken by the outbox's NOTIFY and
 * by a slow poll. A consumer added later starts at the outbox's end: it does not replay history.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('OutboxRelay');
  private consumers: OutboxConsumer[] = [];
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private paused = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly jobs: JobQueue,
    private readonly live: LiveHub,
    @Inject(OUTBOX_CONSUMERS) private readonly consumerTypes: OutboxConsumerTypes,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.enabled) return;
    this.consumers = this.consumerTypes.map((type) => this.moduleRef.get(type, { strict: false }));
    for (const consumer of this.consumers) {
      await this.db.transaction(async (manager) => {
        await manager.query(BACKGROUND_STATEMENT_TIMEOUT);
        await manager.query(
          `INSERT INTO outbox_cursors (name, last_seq) SELECT $1, coalesce(max(seq), 0) FROM outbox_events ON CONFLICT (name) DO NOTHING`,
          [consumer.name],
        );
      });
      await this.jobs.ensureQueue(outboxQueue(consumer.name), CONSUMER_RETRY);
      await this.jobs.work<{ seq: string }>(outboxQueue(consumer.name), async (job) => {
        const event = await this.event(job.data.seq);
        if (event) await consumer.handle(event);
      });
    }
    await this.live.listen(OUTBOX_CHANNEL, () => this.wake());
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
    this.wake();
  }

  /** Relays now, or once more right after the run in progress. */
  wake(): void {
    if (this.stopped || this.paused || this.consumers.length === 0) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.relay()
      .catch((error: Error) => this.log.error(`outbox relay failed: ${error.message}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Resolves when everything committed so far has been queued (tests and the bench wait on it). */
  async drain(): Promise<void> {
    this.wake();
    while (this.running) await this.running;
  }

  /**
   * Runs `work` (a bulk load: the demo organisation) with relaying held, so the load does not share the machine
   * with its own deliveries; what it wrote is relayed right after, as usual.
   */
  async holding<T>(work: () => Promise<T>): Promise<T> {
    this.paused = true;
    while (this.running) await this.running;
    try {
      return await work();
    } finally {
      this.paused = false;
      this.wake();
    }
  }

  private async relay(): Promise<void> {
    let full = true;
    while (full && !this.stopped) {
      full = await this.db.transaction(async (manager) => {
        await manager.query(BACKGROUND_STATEMENT_TIMEOUT);
        // another process relaying the same consumer holds its row: it queues those events, we skip them
        const cursors: CursorRow[] = await manager.query(
          `SELECT name, last_seq FROM outbox_cursors WHERE name = ANY($1) FOR UPDATE SKIP LOCKED`,
          [this.consumers.map((c) => c.name)],
        );
        let anyFull = false;
        for (const cursor of cursors) {
          const rows: Array<{ seq: string }> = await manager.query(
            `SELECT seq FROM outbox_events WHERE seq > $1 ORDER BY seq LIMIT ${BATCH}`,
            [cursor.last_seq],
          );
          if (rows.length === 0) continue;
          await this.jobs.sendInTransaction(
            manager,
            rows.map((row) => ({ id: jobIdOf(cursor.name, row.seq), name: outboxQueue(cursor.name), data: { seq: row.seq } })), // the queue's retry policy applies
          );
          await manager.query(`UPDATE outbox_cursors SET last_seq = $2 WHERE name = $1`, [cursor.name, rows[rows.length - 1].seq]);
          anyFull ||= rows.length === BATCH;
        }
        return { anyFull, queued: cursors.map((c) => c.name) };
      }).then(({ anyFull, queued }) => {
        for (const name of queued) this.jobs.nudge(outboxQueue(name));
        return anyFull;
      });
    }
  }

  private async event(seq: string): Promise<OutboxEvent | null> {
    const [row] = await this.db.query(
      `SELECT seq::text, occurred_at AS "occurredAt", type, actor_id::text AS "actorId", payload FROM outbox_events WHERE seq = $1`,
      [seq],
    );
    return (row as OutboxEvent | undefined) ?? null;
  }

  /** Before the database connections close (TypeORM closes them in onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
