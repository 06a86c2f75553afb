/**
 * Something a write made happen. Each domain declares the events it publishes in its `<domain>.events.ts`,
 * one class per event with a typed payload; the payload is what the outbox (and, for credit-affecting
 * events, the ledger) stores, so it holds plain ids and values only.
 */
export abstract class DomainEvent<P extends object = object> {
  /** The stable name consumers read (outbox `type`, ledger `event_type`), e.g. IDEA_POSTED. */
  abstract readonly type: string;
  /**
   * Whether the event changes what credit is made of (authors, parents, retention, …). Such events are
   * appended to the hash-chained ledger, and may only be published by writes that hold the graph lock.
   */
  readonly creditAffecting: boolean = false;

  constructor(
    /** Who acted (a person's id), or null for the system. */
    readonly actorId: string | null,
    readonly payload: Readonly<P>,
  ) {}
}
