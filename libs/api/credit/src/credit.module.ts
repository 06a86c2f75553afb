import { Module } from '@nestjs/common';
import { GraphModule } from '@kindling/api/graph';
import { PeopleModule } from '@kindling/api/people';
import { CoAuthorPreviewResolver, CoAuthorPreviewShareResolver } from './co-author-preview.resolver';
import { CreditHistoryService } from './credit-history.service';
import { CreditLoaders } from './credit.loaders';
import { CreditRepository } from './credit.repository';
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
import { UpstreamCreditHandler } from './upstream-credit.handler';

@Module({
  imports: [GraphModule, PeopleModule],
  providers: [
    CreditRepository,
    CreditService,
    CreditLoaders,
    CreditHistoryService,
    UpstreamCreditHandler,
    IdeaCreditResolver,
    IdeaCreditFieldsResolver,
    UpstreamCreditFieldsResolver,
    CreditShareResolver,
    CreditTrailResolver,
    CreditTrailTermResolver,
    PersonIdeaCreditResolver,
    PersonCreditResolver,
    CoAuthorPreviewResolver,
    CoAuthorPreviewShareResolver,
  ],
  exports: [CreditService, UpstreamCreditHandler],
})
export class CreditModule {}
