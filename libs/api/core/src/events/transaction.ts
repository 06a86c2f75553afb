import type { EntityManager } from 'typeorm';
import type { Queryable } from '../database';
import type { DomainEvent } from './domain-event';

/** A write in progress: its queries run in one database transaction, and what it publishes commits with it. */
export interface Transaction extends Queryable {
  readonly manager: EntityManager;
  /** Records an event; its in-transaction handlers run before the commit, after the write's own work. */
  publish(event: DomainEvent): void;
}

/**
 * A handler that must agree with the write that published the event (materialised credit, the ledger). It runs
 * inside that write's transaction, so a failure rolls the whole write back. Handlers are listed, in the order
 * they run, in one place: the app module (`CoreModule.forRoot({ inTransactionHandlers })`).
 */
export interface InTransactionHandler {
  handle(event: DomainEvent, tx: Transaction): Promise<void>;
}
