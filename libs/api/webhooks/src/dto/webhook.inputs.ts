import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'An http:// or https:// URL, at most 2,000 characters, on a public address (the SSRF guard).' }) url!: string;
  @Field(() => [String], { description: 'At least one of idea.posted, idea.built_on, idea.status_changed, idea.merged, comment.created, credit.changed.' })
  events!: string[];
  @Field({ nullable: true, description: 'What it is for, at most 500 characters.' }) description?: string;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID) id!: string;
  @Field({ nullable: true }) url?: string;
  @Field(() => [String], { nullable: true }) events?: string[];
  @Field({ nullable: true, description: 'Turning an endpoint back on clears why it was off.' }) enabled?: boolean;
  @Field({ nullable: true }) description?: string;
}

@InputType()
export class DeleteWebhookEndpointInput {
  @Field(() => ID) id!: string;
}

@InputType()
export class RotateWebhookSecretInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, defaultValue: 24, description: 'Hours (0–168) during which the old secret keeps signing beside the new one.' })
  overlapHours?: number;
}

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID) deliveryId!: string;
}

/** Forward paging only: logs and the change feed are read from where one left off. */
@ArgsType()
export class ForwardPageArgs {
  @Field(() => Int, { nullable: true }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
}
