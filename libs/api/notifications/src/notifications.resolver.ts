import { Args, Context, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, LiveHub, type RequestContext, RequestErrors, type Viewer, localId } from '@kindling/api/core';
import { Idea, GraphLoaders } from '@kindling/api/graph';
import { FollowIdeaInput, MarkNotificationsReadInput, NotificationsArgs, UpdateNotificationPreferencesInput } from './dto/notifications.inputs';
import { NotificationsLoaders } from './notifications.loaders';
import { NOTIFICATION_CHANNEL } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { MarkNotificationsReadPayload, Notification, NotificationConnection, NotificationPreferences, UpdateNotificationPreferencesPayload } from './models/notification.model';
import { FollowIdeaPayload } from './models/follow.model';
import { liveIterator } from './live-iterator';

/** The notification centre's queries, mutations and the live `notificationAdded`. */
@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly loaders: NotificationsLoaders,
    private readonly graph: GraphLoaders,
    private readonly live: LiveHub,
  ) {}

  @Query(() => NotificationConnection, { description: 'The viewer’s notifications, newest first (by the latest event folded in). Kinds switched off in the app are left out.' })
  notifications(@Args() args: NotificationsArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.list(viewer, args.unreadOnly, { first: args.first, after: args.after });
  }

  @Query(() => NotificationPreferences, { description: 'How the viewer hears of things, the defaults filled in.' })
  notificationPreferences(@CurrentViewer() viewer: Viewer) {
    return this.service.preferences(viewer.id);
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Marks the viewer’s notifications read: `ids` (their own, at most 100) or `all: true`.' })
  async markNotificationsRead(@Args('input') input: MarkNotificationsReadInput, @CurrentViewer() viewer: Viewer) {
    const ids = input.ids ? input.ids.map((id, i) => localId('Notification', id, `ids[${i}]`)) : null;
    if (ids && ids.length > 100) throw RequestErrors.tooManyIds('ids', 100);
    return { unreadNotificationCount: await this.service.markRead(viewer, { ids, all: input.all === true }) };
  }

  @Mutation(() => FollowIdeaPayload, { description: 'Hear of the idea’s status, comments and build-ons. An explicit follow or unfollow is never overridden.' })
  followIdea(@Args('input') input: FollowIdeaInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.follow(input, viewer, ctx, true);
  }

  @Mutation(() => FollowIdeaPayload, { description: 'Stop hearing of the idea as a follower (authors still hear what concerns their idea); commenting again does not follow it again.' })
  unfollowIdea(@Args('input') input: FollowIdeaInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.follow(input, viewer, ctx, false);
  }

  @Mutation(() => UpdateNotificationPreferencesPayload, { description: 'Sets the e-mail frequency and, per kind, the channels; what is left out stays as it is.' })
  async updateNotificationPreferences(@Args('input') input: UpdateNotificationPreferencesInput, @CurrentViewer() viewer: Viewer) {
    await this.service.updatePreferences(viewer, { emailFrequency: input.emailFrequency ?? null, kinds: input.kinds ?? [] });
    return { notificationPreferences: await this.service.preferences(viewer.id) };
  }

  @Subscription(() => Notification, {
    description: 'Each notification of the signed-in person as it is made or folds in a new event (the bell). After a reconnect, refetch `notifications` and the unread count.',
    resolve(this: NotificationsResolver, notificationId: string, _args: unknown, ctx: RequestContext) {
      // the context lives as long as the subscription: re-read every event
      ctx.cache.clear();
      return this.loaders.for(ctx).notification.load(notificationId);
    },
  })
  notificationAdded(@CurrentViewer() viewer: Viewer) {
    return liveIterator<string>(this.live, NOTIFICATION_CHANNEL, (payload) => {
      const [personId, notificationId] = payload.split(':');
      return personId === viewer.id && notificationId ? notificationId : null;
    });
  }

  private async follow(input: FollowIdeaInput, viewer: Viewer, ctx: RequestContext, following: boolean) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.service.setFollow(viewer, ideaId, following);
    return { idea: (await this.graph.for(ctx).idea.load(ideaId)) as Idea };
  }
}
