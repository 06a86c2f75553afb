import { Inject, Injectable, type OnApplicationBootstrap, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { lockGraphForWrite } from '../database';
import type { DomainEvent } from './domain-event';
import type { InTransactionHandler, Transaction } from './transaction';
import { LiveHub } from '../delivery/live-hub';
import { OUTBOX_CHANNEL } from '../delivery/outbox-relay';

export const IN_TRANSACTION_HANDLERS = Symbol('IN_TRANSACTION_HANDLERS');

/** Taken just before the outbox insert and held to the commit: outbox sequence numbers follow commit order. */
const OUTBOX_LOCK = 0x4f555458; // "OUTX"

export interface WriteOptions {
  /** Take the graph write lock first: every write that changes the attribution graph or the ledger does. */
  lockGraph?: boolean;
  /**
   * Work after the commit (a job of the queue), not a request: the requests' statement timeout
   * (KINDLING_STATEMENT_TIMEOUT_MS) does not bound it; BACKGROUND_STATEMENT_TIMEOUT does.
   */
  background?: boolean;
}

/** What bounds a statement of work after the commit (a fan-out to thousands of people may take seconds). */
export const BACKGROUND_STATEMENT_TIMEOUT = `SET LOCAL statement_timeout = '60s'`;

/**
 * The one way domains write. `run` opens a transaction, lets the write do its work and publish events, then
 * runs every in-transaction handler on every event (handlers may publish follow-up events, handled in turn)
 * and appends all events to the outbox — all before the commit, so the write, its credit, its ledger entries
 * and its outbox rows land together or not at all. Consumers after the commit (notifications, webhooks, a
 * change feed) read the outbox by sequence number.
 */
@Injectable()
export class Writes implements OnApplicationBootstrap {
  private handlers: InTransactionHandler[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly moduleRef: ModuleRef,
    @Inject(IN_TRANSACTION_HANDLERS) private readonly handlerTypes: ReadonlyArray<Type<InTransactionHandler>>,
  ) {}

  /** Resolved late: the handlers live in domains that themselves depend on this service. */
  onApplicationBootstrap(): void {
    this.handlers = this.handlerTypes.map((type) => this.moduleRef.get(type, { strict: false }));
  }

  run<T>(options: WriteOptions, work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.db.transaction(async (manager) => {
      if (options.background) await manager.query(BACKGROUND_STATEMENT_TIMEOUT);
      if (options.lockGraph) await lockGraphForWrite(manager);
      const pending: DomainEvent[] = [];
      const tx: Transaction = {
        manager,
        query: (sql, params) => manager.query(sql, params),
        publish: (event) => {
          if (event.needsGraphLock && !options.lockGraph) throw new Error(`${event.type} changes the graph: publish it from a write that holds the graph lock`);
          pending.push(event);
        },
      };
      const result = await work(tx);
      const published: DomainEvent[] = [];
      for (let event = pending.shift(); event; event = pending.shift()) {
        published.push(event);
        for (const handler of this.handlers) await handler.handle(event, tx);
      }
      await appendToOutbox(manager, published);
      return result;
    });
  }
}

async function appendToOutbox(manager: EntityManager, events: readonly DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  // one statement: the lock's row is joined first, so every row's sequence number is drawn after it is held
  await manager.query(
    `WITH outbox_lock AS (SELECT pg_advisory_xact_lock($4))
     INSERT INTO outbox_events (type, actor_id, payload)
     SELECT e.type, e.actor_id, e.payload FROM outbox_lock, unnest($1::text[], $2::bigint[], $3::jsonb[]) WITH ORDINALITY AS e(type, actor_id, payload, n)
      ORDER BY e.n`,
    [events.map((e) => e.type), events.map((e) => e.actorId), events.map((e) => JSON.stringify(e.payload)), OUTBOX_LOCK],
  );
  // delivered at the commit: every process's relay moves the new events to the consumers' queues
  await LiveHub.notify(manager, OUTBOX_CHANNEL, '');
}
