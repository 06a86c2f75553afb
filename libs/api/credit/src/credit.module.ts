import { Module, type OnModuleInit } from '@nestjs/common';
import { GraphChangeListeners, IdeasModule } from '@kindling/api/ideas';
import { PeopleModule } from '@kindling/api/people';
import { CreditHistoryService } from './credit-history.service';
import { CreditService } from './credit.service';
import {
  CreditShareResolver,
  CreditTrailResolver,
  CreditTrailTermResolver,
  IdeaCreditFieldsResolver,
  IdeaCreditResolver,
  PersonCreditResolver,
  PersonIdeaCreditResolver,
  UpstreamCreditFieldsResolver,
} from './credit.resolver';

@Module({
  imports: [IdeasModule, PeopleModule],
  providers: [
    CreditService,
    CreditHistoryService,
    IdeaCreditResolver,
    IdeaCreditFieldsResolver,
    UpstreamCreditFieldsResolver,
    CreditShareResolver,
    CreditTrailResolver,
    CreditTrailTermResolver,
    PersonIdeaCreditResolver,
    PersonCreditResolver,
  ],
  exports: [CreditService],
})
export class CreditModule implements OnModuleInit {
  constructor(
    private readonly credit: CreditService,
    private readonly graphChanges: GraphChangeListeners,
  ) {}

  /** Keeps the materialised upstream credit in step with every graph write, in the write's transaction. */
  onModuleInit() {
    this.graphChanges.register(({ manager, ideaIds, created }) => this.credit.refreshUpstream(manager, ideaIds, created));
  }
}
