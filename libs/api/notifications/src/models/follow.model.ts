import { Field, ObjectType } from '@nestjs/graphql';
import { Idea } from '@kindling/api/graph';

@ObjectType()
export class FollowIdeaPayload {
  @Field(() => Idea) idea!: Idea;
}
