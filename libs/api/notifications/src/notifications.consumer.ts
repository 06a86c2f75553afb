import { Injectable } from '@nestjs/common';
import type { OutboxConsumer, OutboxEvent } from '@kindling/api/core';
import { NotificationsFanOut } from './notifications.fan-out';

/** Turns every committed outbox event into the notifications it makes (queue `outbox.notifications`). */
@Injectable()
export class NotificationsConsumer implements OutboxConsumer {
  readonly name = 'notifications';

  constructor(private readonly fanOut: NotificationsFanOut) {}

  handle(event: OutboxEvent): Promise<void> {
    return this.fanOut.handle(event);
  }
}
