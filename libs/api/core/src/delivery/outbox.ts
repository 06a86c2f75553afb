import type { Type } from '@nestjs/common';

/** One row of the outbox as consumers after the commit read it. */
export interface OutboxEvent {
  /** The outbox sequence number (commit order), as a string: bigint. */
  seq: string;
  occurredAt: Date;
  /** The DomainEvent's type, e.g. IDEA_STATUS_CHANGED. */
  type: string;
  actorId: string | null;
  payload: Record<string, unknown>;
}

/**
 * Work after the commit (notifications, webhooks): every outbox event reaches `handle` at least once, through the
 * job queue, with retries and, past them, a dead letter. A handler must be idempotent — make its effect once per
 * event, e.g. by a unique key holding the event's seq — and may throw to be retried.
 */
export interface OutboxConsumer {
  /** Stable: it names the consumer's queue (`outbox.<name>`) and its cursor. */
  readonly name: string;
  handle(event: OutboxEvent): Promise<void>;
}

export const OUTBOX_CONSUMERS = Symbol('OUTBOX_CONSUMERS');
export type OutboxConsumerTypes = ReadonlyArray<Type<OutboxConsumer>>;
