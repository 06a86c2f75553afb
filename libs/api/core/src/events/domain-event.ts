/**
 * Something a write made happen. Each domain declares the events it publishes in its `<domain>.events.ts`,
 * one class per event with a typed payload; the payload is what the outbox (and, for credit-affecting
 * events, the ledger) stores, so it holds plain ids and values only.
 */
export abstract class DomainEvent<P extends object = object> {
  /** The stable name consumers read (outbox `type`, ledger `event_type`), e.g. IDEA_POSTED. */
  abstract readonly type: string;
  /**
   * Whether the event changes what credit is made of (authors, parents, retention, endorsements). Such
   * events are appended to the hash-chained ledger.
   */
  readonly creditAffecting: boolean = false;

  /**
   * Whether only a write holding the graph lock may publish it: every credit-affecting event by default.
   * Endorsements change no stored credit and are ordered in the ledger by its own lock instead.
   */
  get needsGraphLock(): boolean {
    return this.creditAffecting;
  }

  /**
   * Whether LedgerRecorder appends it to the ledger: every credit-affecting event, and events that change no
   * credit but must be on the tamper-evident record all the same (hiding content); the replay accepts those
   * and leaves credit as it is.
   */
  get ledgered(): boolean {
    return this.creditAffecting;
  }

  constructor(
    /** Who acted (a person's id), or null for the system. */
    readonly actorId: string | null,
    readonly payload: Readonly<P>,
  ) {}
}
