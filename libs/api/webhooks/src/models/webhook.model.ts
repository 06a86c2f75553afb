import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, toGlobalId } from '@kindling/api/core';

export enum WebhookDisabledReason {
  ADMIN = 'ADMIN',
  GONE = 'GONE',
  FAILING = 'FAILING',
}
registerEnumType(WebhookDisabledReason, {
  name: 'WebhookDisabledReason',
  valuesMap: {
    ADMIN: { description: 'An admin turned it off.' },
    GONE: { description: 'It answered 410 Gone.' },
    FAILING: { description: 'A delivery failed past its last retry (about three days).' },
  },
});

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  WITHHELD = 'WITHHELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  valuesMap: {
    PENDING: { description: 'Waiting for its first attempt or its next retry.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'No 2xx by the last retry, or 410 Gone.' },
    WITHHELD: { description: 'What it is about was hidden by a moderator before it went out: it is not sent.' },
    CANCELLED: { description: 'The endpoint was disabled before it went out.' },
  },
});

export type WebhookDeliveryStatusValue = `${WebhookDeliveryStatus}`;
export type WebhookDisabledReasonValue = `${WebhookDisabledReason}`;

export interface WebhookEndpointRow {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  disabledReason: WebhookDisabledReasonValue | null;
  disabledAt: Date | null;
  previousSecretUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ description: 'Admins: where Kindling POSTs signed events (Standard Webhooks). Its secret is shown only when created or rotated.' })
export class WebhookEndpoint {
  localId!: string;
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field() description!: string;
  @Field(() => [String], { description: 'The events it receives, e.g. idea.posted.' }) events!: string[];
  @Field() enabled!: boolean;
  @Field(() => WebhookDisabledReason, { nullable: true, description: 'Why it is off; null while enabled.' }) disabledReason!: WebhookDisabledReasonValue | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) disabledAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'After a rotation: until when the previous secret signs too.' })
  previousSecretUntil!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

  static from(row: WebhookEndpointRow): WebhookEndpoint {
    const previousSecretUntil = row.previousSecretUntil && row.previousSecretUntil > new Date() ? row.previousSecretUntil : null;
    return Object.assign(new WebhookEndpoint(), { ...row, localId: row.id, id: toGlobalId('WebhookEndpoint', row.id), previousSecretUntil });
  }
}

export interface WebhookDeliveryRow {
  id: string;
  endpointId: string;
  eventType: string;
  messageId: string;
  status: WebhookDeliveryStatusValue;
  attempts: number;
  lastResponseCode: number | null;
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
}

@ObjectType({ description: 'One event sent (or to be sent) to one endpoint, with the outcome of its latest attempt.' })
export class WebhookDelivery {
  localId!: string;
  endpointLocalId!: string;
  @Field(() => ID) id!: string;
  @Field({ description: 'The public event, e.g. comment.created.' }) eventType!: string;
  @Field({ description: 'Its `webhook-id` header: the same on every attempt and redelivery.' }) messageId!: string;
  @Field(() => WebhookDeliveryStatus) status!: WebhookDeliveryStatusValue;
  @Field(() => Int, { description: 'Attempts made so far (redeliveries included).' }) attempts!: number;
  @Field(() => Int, { nullable: true, description: 'The HTTP status of the latest attempt; null when it got no response.' }) lastResponseCode!: number | null;
  @Field(() => String, { nullable: true, description: 'Why the latest attempt failed, briefly (e.g. "HTTP 503", "connection refused").' }) lastError!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the next retry is due, while PENDING.' }) nextAttemptAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) deliveredAt!: Date | null;

  static from(row: WebhookDeliveryRow): WebhookDelivery {
    return Object.assign(new WebhookDelivery(), { ...row, localId: row.id, endpointLocalId: row.endpointId, id: toGlobalId('WebhookDelivery', row.id) });
  }
}

@ObjectType()
export class WebhookEndpointConnection extends ConnectionType(WebhookEndpoint, 'WebhookEndpoint') {}

@ObjectType()
export class WebhookDeliveryConnection extends ConnectionType(WebhookDelivery, 'WebhookDelivery') {}

@ObjectType()
export class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpoint) endpoint!: WebhookEndpoint;
  @Field({ description: 'The signing secret, `whsec_…`: shown this once, never again.' }) secret!: string;
}

@ObjectType()
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint) endpoint!: WebhookEndpoint;
}

@ObjectType()
export class DeleteWebhookEndpointPayload {
  @Field(() => ID) deletedId!: string;
}

@ObjectType()
export class RedeliverWebhookPayload {
  @Field(() => WebhookDelivery) delivery!: WebhookDelivery;
}

@ObjectType({ description: 'One public event of the change feed: the same envelope a webhook receives.' })
export class ChangeEvent {
  @Field({ description: 'The message id, as in a webhook’s `webhook-id` header (use it to skip what a webhook already brought).' }) messageId!: string;
  @Field({ description: 'idea.posted, idea.built_on, idea.status_changed, idea.merged, comment.created or credit.changed.' }) type!: string;
  @Field(() => GraphQLISODateTime) timestamp!: Date;
  @Field({ description: 'The event as JSON text: `{ "type", "timestamp", "data" }`, exactly a webhook’s body (docs/webhooks.md).' }) payload!: string;
}

@ObjectType()
export class ChangeEventConnection extends ConnectionType(ChangeEvent, 'ChangeEvent') {}
