import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type RequestContext, perRequest } from '@kindling/api/core';
import { WebhookDelivery, WebhookEndpoint } from './models/webhook.model';
import { WebhooksRepository } from './webhooks.repository';

/** The webhooks domain's DataLoaders, fresh per request. */
@Injectable()
export class WebhooksLoaders {
  constructor(private readonly repository: WebhooksRepository) {}

  for(ctx: RequestContext) {
    return perRequest(ctx, this, () => ({
      endpoint: new DataLoader<string, WebhookEndpoint | null>(async (ids) => {
        const byId = new Map((await this.repository.endpoints(ids)).map((r) => [r.id, WebhookEndpoint.from(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      delivery: new DataLoader<string, WebhookDelivery | null>(async (ids) => {
        const byId = new Map((await this.repository.deliveries(ids)).map((r) => [r.id, WebhookDelivery.from(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    }));
  }
}
