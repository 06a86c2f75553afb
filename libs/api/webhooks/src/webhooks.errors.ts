import { WebhookReason } from '@kindling/shared/errors';
import { KindlingError } from '@kindling/api/core';

/** The ways a webhook request is refused, worded for the admin who sent it. */
export const WebhookErrors = {
  notFound: (field = 'id') => new KindlingError(WebhookReason.WEBHOOK_NOT_FOUND, 'That webhook endpoint does not exist.', field),
  deliveryNotFound: () => new KindlingError(WebhookReason.WEBHOOK_DELIVERY_NOT_FOUND, 'That delivery does not exist.', 'deliveryId'),
  urlInvalid: () => new KindlingError(WebhookReason.WEBHOOK_URL_INVALID, 'url: an absolute http:// or https:// URL of at most 2,000 characters.', 'url'),
  urlNotAllowed: () =>
    new KindlingError(WebhookReason.WEBHOOK_URL_NOT_ALLOWED, 'url: its host is or resolves to a loopback, private, link-local, unspecified, multicast or shared address.', 'url'),
  urlUnresolved: () => new KindlingError(WebhookReason.WEBHOOK_URL_UNRESOLVED, 'url: its host name does not resolve.', 'url'),
  eventsInvalid: (unknown: string[]) =>
    new KindlingError(WebhookReason.WEBHOOK_EVENTS_INVALID, unknown.length ? `events: unknown event ${unknown.join(', ')}.` : 'events: choose at least one.', 'events'),
  descriptionTooLong: () => new KindlingError(WebhookReason.WEBHOOK_DESCRIPTION_TOO_LONG, 'description: at most 500 characters.', 'description'),
  overlapOutOfRange: () => new KindlingError(WebhookReason.WEBHOOK_OVERLAP_OUT_OF_RANGE, 'overlapHours: 0 to 168.', 'overlapHours'),
};
