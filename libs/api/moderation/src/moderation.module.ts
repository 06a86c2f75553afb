import { Module } from '@nestjs/common';

/** Moderation: flags on ideas and comments, and hiding with a reason (never deleting). */
@Module({})
export class ModerationModule {}
