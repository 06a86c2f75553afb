import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Person } from '@kindling/api/people';
import { NotificationsLoaders } from './notifications.loaders';

/** The Person field notifications own: read as `viewer { unreadNotificationCount }`. */
@Resolver(() => Person)
export class PersonNotificationsResolver {
  constructor(private readonly loaders: NotificationsLoaders) {}

  @ResolveField(() => Int, { nullable: true, description: 'The viewer’s unread notifications (the bell); null on anyone but the acting person.' })
  unreadNotificationCount(@Parent() person: Person, @Context() ctx: RequestContext) {
    return ctx.viewer?.id === person.localId ? this.loaders.for(ctx).unreadCount.load(person.localId) : null;
  }
}
