import { type DynamicModule, Module } from '@nestjs/common';
import { CreditModule } from '@kindling/api/credit';
import { EngagementModule } from '@kindling/api/engagement';
import { GraphModule } from '@kindling/api/graph';
import { PeopleModule } from '@kindling/api/people';
import { ReviewModule } from '@kindling/api/review';
import { PublicEvents } from './public-events';
import { WebhookDeliveries } from './webhook-deliveries';
import { WebhooksLoaders } from './webhooks.loaders';
import { WebhooksRepository } from './webhooks.repository';
import { WebhookEndpointResolver, WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhooks.settings';

/** Webhooks for intranets (Standard Webhooks) and the integrators' change feed. */
@Module({
  imports: [PeopleModule, GraphModule, EngagementModule, CreditModule, ReviewModule],
  providers: [WebhooksRepository, WebhooksService, WebhooksLoaders, PublicEvents, WebhookDeliveries, WebhooksResolver, WebhookEndpointResolver],
  exports: [WebhookDeliveries],
})
export class WebhooksModule {
  /** The SSRF guard's switch and the retry knob; imported once by the app (the CLI runs with the defaults). */
  static settings(settings: WebhookSettings): DynamicModule {
    return { module: WebhookSettingsModule, global: true, providers: [{ provide: WEBHOOK_SETTINGS, useValue: settings }], exports: [WEBHOOK_SETTINGS] };
  }
}

@Module({})
class WebhookSettingsModule {}

