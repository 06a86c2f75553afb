import { Injectable } from '@nestjs/common';
import type { DomainEvent, InTransactionHandler, Transaction } from '@kindling/api/core';
import { BuiltOn, CoAuthorAccepted, IdeaPosted, ParentLinked } from '@kindling/api/graph';
import { CreditService } from './credit.service';

/**
 * Keeps the materialised upstream credit u_v in step with the graph, inside the write's transaction: a new
 * idea gets its u from its parents; an idea whose authors or parents changed is recomputed with everything
 * built on it.
 */
@Injectable()
export class UpstreamCreditHandler implements InTransactionHandler {
  constructor(private readonly credit: CreditService) {}

  async handle(event: DomainEvent, tx: Transaction): Promise<void> {
    if (event instanceof IdeaPosted || event instanceof BuiltOn) await this.credit.refreshUpstream(tx, [event.payload.ideaId], true);
    else if (event instanceof ParentLinked || event instanceof CoAuthorAccepted) await this.credit.refreshUpstream(tx, [event.payload.ideaId], false);
  }
}
