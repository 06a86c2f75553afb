import { Module } from '@nestjs/common';
import { PeopleModule } from '@kindling/api/people';
import { InsightsRepository } from './insights.repository';
import { DepartmentResponseTimesResolver, InsightsResolver, ReviewMetricsResolver, ReviewerResponseTimesResolver } from './insights.resolver';
import { InsightsService } from './insights.service';

/** Leadership's view: response times against the promise, and the silo map of who builds on whose ideas. */
@Module({
  imports: [PeopleModule],
  providers: [InsightsRepository, InsightsService, InsightsResolver, ReviewMetricsResolver, DepartmentResponseTimesResolver, ReviewerResponseTimesResolver],
})
export class InsightsModule {}
