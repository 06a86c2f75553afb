import { Module } from '@nestjs/common';

/** E-mail: notifications by SMTP in each person's language, digests, one-click unsubscribe. */
@Module({})
export class MailModule {}
