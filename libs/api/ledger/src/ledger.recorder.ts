import { Injectable } from '@nestjs/common';
import type { DomainEvent, InTransactionHandler, Transaction } from '@kindling/api/core';
import { LedgerService } from './ledger.service';

/** Appends every ledgered event (each credit-affecting one, and those that opt in) to the ledger, in the transaction that caused it. Its payload is the event's typed payload. */
@Injectable()
export class LedgerRecorder implements InTransactionHandler {
  constructor(private readonly ledger: LedgerService) {}

  async handle(event: DomainEvent, tx: Transaction): Promise<void> {
    if (event.ledgered) await this.ledger.append(tx, { type: event.type, actorId: event.actorId, payload: event.payload });
  }
}
