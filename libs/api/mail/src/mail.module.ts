import { type DynamicModule, Module } from '@nestjs/common';
import { GraphModule } from '@kindling/api/graph';
import { ModerationModule } from '@kindling/api/moderation';
import { NotificationsModule } from '@kindling/api/notifications';
import { PeopleModule } from '@kindling/api/people';
import { MAIL_SETTINGS, type MailSettings } from './mail.settings';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';
import { Mailer } from './mailer';
import { MailRelay } from './mail.relay';
import { UnsubscribeRoutes } from './unsubscribe.routes';
import { PersonLanguageResolver } from './person-language.resolver';

/** E-mail: notifications by SMTP in each person's language, digests, one-click unsubscribe. */
@Module({
  imports: [PeopleModule, GraphModule, NotificationsModule, ModerationModule],
  providers: [MailRepository, Mailer, MailService, MailRelay, UnsubscribeRoutes, PersonLanguageResolver],
  exports: [MailService, MailRelay, UnsubscribeRoutes],
})
export class MailModule {
  /** The app's e-mail settings (the CLI runs without: e-mail off). */
  static settings(settings: MailSettings): DynamicModule {
    return { module: MailSettingsModule, global: true, providers: [{ provide: MAIL_SETTINGS, useValue: settings }], exports: [MAIL_SETTINGS] };
  }
}

@Module({})
class MailSettingsModule {}
