import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ConnectionArgs } from '@kindling/api/core';
import { FlagReason, ModerationQueueState } from '../models/moderation.model';

@InputType({ description: 'An idea or a comment: give exactly one of the two.' })
export class ContentRefInput {
  @Field(() => ID, { nullable: true }) ideaId?: string;
  @Field(() => ID, { nullable: true }) commentId?: string;
}

@InputType()
export class FlagContentInput extends ContentRefInput {
  @Field(() => FlagReason) reason!: FlagReason;
  @Field({ nullable: true, description: 'What is wrong, at most 1,000 characters; required for OTHER.' }) note?: string;
}

@InputType()
export class ModerateContentInput extends ContentRefInput {
  @Field({ description: 'Why, 1–2,000 characters: the author reads it.' }) reason!: string;
}

@ArgsType()
export class ModerationQueueArgs extends ConnectionArgs {
  @Field(() => ModerationQueueState, { nullable: true, defaultValue: ModerationQueueState.OPEN }) state?: ModerationQueueState;
}
