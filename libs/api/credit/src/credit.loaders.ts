import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type RequestContext, perRequest } from '@kindling/api/core';
import { CreditService, type ShownCredit } from './credit.service';

/** Credit's DataLoaders, fresh per request: one statement per batch of ideas, however many ask. */
@Injectable()
export class CreditLoaders {
  constructor(private readonly credit: CreditService) {}

  for(ctx: RequestContext) {
    return perRequest(ctx, this, () => ({
      /** S_Y with its trails. */
      ideaCredit: new DataLoader<string, ShownCredit>((ids) => this.credit.ideaCredits(ids)),
      /** u_v with its trails (the drill-down of inherited terms). */
      upstreamCredit: new DataLoader<string, ShownCredit>((ids) => this.credit.upstreamCredits(ids)),
    }));
  }
}
