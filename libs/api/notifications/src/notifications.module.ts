import { Module } from '@nestjs/common';

/** Notifications: who hears what of each outbox event, follows, preferences, the notification centre. */
@Module({})
export class NotificationsModule {}
