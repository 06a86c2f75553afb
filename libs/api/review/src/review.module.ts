import { type DynamicModule, Module } from '@nestjs/common';
import { GraphModule } from '@kindling/api/graph';
import { PeopleModule } from '@kindling/api/people';
import { IdeaReviewResolver } from './idea-review.resolver';
import { ReviewClaimResolver, ReviewQueueItemResolver, StatusChangeResolver } from './review-people.resolver';
import { ReviewLoaders } from './review.loaders';
import { ReviewRepository } from './review.repository';
import { ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';
import { REVIEW_SETTINGS, type ReviewSettings } from './review.settings';

/** The review workflow: status moves with written responses, the review queue and its claims. */
@Module({
  imports: [PeopleModule, GraphModule],
  providers: [ReviewRepository, ReviewService, ReviewLoaders, ReviewResolver, IdeaReviewResolver, StatusChangeResolver, ReviewClaimResolver, ReviewQueueItemResolver],
  exports: [ReviewService, ReviewLoaders],
})
export class ReviewModule {
  /** The response promise and the claim length; imported once by the app and by the CLI. */
  static settings(settings: ReviewSettings): DynamicModule {
    return { module: ReviewSettingsModule, global: true, providers: [{ provide: REVIEW_SETTINGS, useValue: settings }], exports: [REVIEW_SETTINGS] };
  }
}

@Module({})
class ReviewSettingsModule {}
