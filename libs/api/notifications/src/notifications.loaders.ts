import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type RequestContext, perRequest } from '@kindling/api/core';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { Notification } from './models/notification.model';

/** The notifications domain's DataLoaders, fresh per request (and per event of a subscription). */
@Injectable()
export class NotificationsLoaders {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly service: NotificationsService,
  ) {}

  for(ctx: RequestContext) {
    return perRequest(ctx, this, () => ({
      notification: new DataLoader<string, Notification | null>(async (ids) => {
        const byId = new Map((await this.repository.notifications(ids)).map((r) => [r.id, Notification.from(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      /** Whether the acting person follows each idea (false when signed out). */
      viewerFollows: new DataLoader<string, boolean>(async (ideaIds) => {
        if (!ctx.viewer) return ideaIds.map(() => false);
        const followed = await this.service.followed(ctx.viewer.id, ideaIds);
        return ideaIds.map((id) => followed.has(id));
      }),
      /** The acting person's unread count (asked for once per request, whatever the query's shape). */
      unreadCount: new DataLoader<string, number>((personIds) => Promise.all(personIds.map((id) => this.service.unreadCount(id)))),
    }));
  }
}
