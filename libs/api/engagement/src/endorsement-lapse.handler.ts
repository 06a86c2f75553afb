import { Injectable } from '@nestjs/common';
import type { DomainEvent, InTransactionHandler, Transaction } from '@kindling/api/core';
import { CoAuthorAccepted, GraphService } from '@kindling/api/graph';
import { Unendorsed } from './engagement.events';
import { EngagementRepository } from './engagement.repository';

/** Authors cannot endorse their own idea: a new co-author's earlier endorsement lapses with the acceptance. */
@Injectable()
export class EndorsementLapseHandler implements InTransactionHandler {
  constructor(
    private readonly repository: EngagementRepository,
    private readonly graph: GraphService,
  ) {}

  async handle(event: DomainEvent, tx: Transaction): Promise<void> {
    if (!(event instanceof CoAuthorAccepted)) return;
    const { ideaId, personId } = event.payload;
    if (!(await this.repository.deleteEndorsement(tx, ideaId, personId))) return;
    await this.graph.countEndorsement(tx, ideaId, -1);
    tx.publish(new Unendorsed(event.actorId, { ideaId, personId, because: 'BECAME_AUTHOR' }));
  }
}
