import { DomainEvent } from '@kindling/api/core';

/**
 * The webhooks domain's events: an endpoint was turned off by its deliveries — it answered 410 Gone, or a
 * delivery failed past its last retry (notifications tell every admin).
 */
export class WebhookEndpointDisabled extends DomainEvent<{ endpointId: string; url: string; reason: 'GONE' | 'FAILING' }> {
  readonly type = 'WEBHOOK_ENDPOINT_DISABLED';
}
