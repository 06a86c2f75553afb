import { Injectable } from '@nestjs/common';
import type { DomainEvent, InTransactionHandler, Transaction } from '@kindling/api/core';
import { AuthorLeft, AuthorSplitChanged, BuiltOn, CoAuthorAccepted, IdeaPosted, IdeaUnmerged, IdeasMerged, ParentLinked, RetentionSet } from '@kindling/api/graph';
import { CreditService } from './credit.service';

/**
 * Keeps the materialised upstream credit u_v in step with the graph, inside the write's transaction: a new
 * idea gets its u from its parents; an idea whose authors, parents or retention changed is recomputed with
 * everything built on it (after a merge or an unmerge: both ideas and everything built on either).
 */
@Injectable()
export class UpstreamCreditHandler implements InTransactionHandler {
  constructor(private readonly credit: CreditService) {}

  async handle(event: DomainEvent, tx: Transaction): Promise<void> {
    if (event instanceof IdeaPosted || event instanceof BuiltOn) await this.credit.refreshUpstream(tx, [event.payload.ideaId], true);
    else if (event instanceof ParentLinked || event instanceof CoAuthorAccepted || event instanceof AuthorSplitChanged || event instanceof AuthorLeft || event instanceof RetentionSet) await this.credit.refreshUpstream(tx, [event.payload.ideaId], false);
    else if (event instanceof IdeasMerged || event instanceof IdeaUnmerged) await this.credit.refreshUpstream(tx, [event.payload.intoId, event.payload.duplicateId], false);
  }
}
