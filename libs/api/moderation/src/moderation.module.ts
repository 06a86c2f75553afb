import { Module } from '@nestjs/common';
import { EngagementModule } from '@kindling/api/engagement';
import { GraphModule } from '@kindling/api/graph';
import { PeopleModule } from '@kindling/api/people';
import { CommentModerationResolver } from './comment-moderation.resolver';
import { IdeaModerationResolver } from './idea-moderation.resolver';
import { FlagResolver, ModerationActionResolver, ModerationItemResolver } from './moderation-item.resolver';
import { ModerationLoaders } from './moderation.loaders';
import { ModerationRepository } from './moderation.repository';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

/** Moderation: flags on ideas and comments, and hiding with a reason (never deleting). */
@Module({
  imports: [PeopleModule, GraphModule, EngagementModule],
  providers: [
    ModerationRepository,
    ModerationService,
    ModerationLoaders,
    ModerationResolver,
    IdeaModerationResolver,
    CommentModerationResolver,
    ModerationItemResolver,
    FlagResolver,
    ModerationActionResolver,
  ],
  exports: [ModerationService],
})
export class ModerationModule {}
