import { Injectable } from '@nestjs/common';
import type { DomainEvent, InTransactionHandler, Transaction } from '@kindling/api/core';
import { CampaignAnswered } from '@kindling/api/graph';
import { CampaignsService } from './campaigns.service';

/**
 * Records the campaign a new idea answers, inside the posting's transaction: a campaign that is unknown or has
 * ended refuses the whole write, so the idea is not created either.
 */
@Injectable()
export class CampaignAnswerHandler implements InTransactionHandler {
  constructor(private readonly campaigns: CampaignsService) {}

  async handle(event: DomainEvent, tx: Transaction): Promise<void> {
    if (event instanceof CampaignAnswered) await this.campaigns.recordAnswer(tx, event.payload.campaignId, event.payload.ideaId);
  }
}
