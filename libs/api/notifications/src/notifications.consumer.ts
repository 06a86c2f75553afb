import { Injectable } from '@nestjs/common';
import { type OutboxConsumer, type OutboxEvent, StatementCounter } from '@kindling/api/core';
import { NotificationsFanOut } from './notifications.fan-out';

/** Turns every committed outbox event into the notifications it makes (queue `outbox.notifications`). */
@Injectable()
export class NotificationsConsumer implements OutboxConsumer {
  readonly name = 'notifications';

  constructor(private readonly fanOut: NotificationsFanOut) {}

  handle(event: OutboxEvent): Promise<void> {
    // background work: the statement counts of the requests running beside it stay theirs
    return StatementCounter.uncounted(() => this.fanOut.handle(event));
  }
}
