import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@kindling/api/core';
import { CreditModule } from '@kindling/api/credit';
import { EngagementModule } from '@kindling/api/engagement';
import { GraphModule } from '@kindling/api/graph';
import { PeopleModule } from '@kindling/api/people';
import { ReviewModule } from '@kindling/api/review';
import { IdeaFollowResolver } from './idea-follow.resolver';
import { NotificationResolver } from './notification.resolver';
import { NotificationsConsumer } from './notifications.consumer';
import { NotificationsFanOut } from './notifications.fan-out';
import { NotificationsLoaders } from './notifications.loaders';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { PersonNotificationsResolver } from './person-notifications.resolver';

/** Notifications: who hears what of each outbox event, follows, preferences, the notification centre. */
@Module({
  imports: [PeopleModule, GraphModule, EngagementModule, CreditModule, ReviewModule],
  providers: [
    NotificationsRepository,
    NotificationsService,
    NotificationsFanOut,
    NotificationsConsumer,
    NotificationsLoaders,
    NotificationsResolver,
    NotificationResolver,
    IdeaFollowResolver,
    PersonNotificationsResolver,
  ],
  exports: [NotificationsService, NotificationsConsumer],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly loaders: NotificationsLoaders,
  ) {}

  onModuleInit() {
    // a notification is a node only to its own person
    this.nodes.register('Notification', async (ctx, ids) =>
      (await this.loaders.for(ctx).notification.loadMany(ids)).map((n) => (n && !(n instanceof Error) && n.personLocalId === ctx.viewer?.id ? n : null)),
    );
  }
}
